package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.state;
import static vn.smartcity.ioc.it.support.IncidentPages.timeline;
import static vn.smartcity.ioc.it.support.IncidentPages.url;
import static vn.smartcity.ioc.it.support.PortalPages.act;
import static vn.smartcity.ioc.it.support.PortalPages.incidentId;
import static vn.smartcity.ioc.it.support.PortalPages.report;
import static vn.smartcity.ioc.it.support.PortalPages.status;
import static vn.smartcity.ioc.it.support.PortalPages.track;
import static vn.smartcity.ioc.it.support.PortalPages.trackingCode;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PortalPages;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.TestMailbox;

/**
 * The citizen portal end to end, as a citizen without JavaScript and the staff on the console use it: a
 * report's whole life, the tracking page, "the same problem?", the public list, the form guard, the rate
 * limits and bad input. Each test uses its own client address (the test server trusts the client as proxy).
 */
@ExtendWith({TestDirectory.class, TestMailbox.class, ArquillianExtension.class})
@RunAsClient
class CitizenPortalIT extends IocDeployment {

    @Test
    void aReportIsTrackedHandledAnsweredRepliedToAndRated() {
        Http citizen = Http.from("203.0.113.10");
        HttpResponse<String> receipt = report(citizen, Map.of("email", "nguoi.dan@example.vn"));
        assertEquals(200, receipt.statusCode());
        assertFalse(receipt.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "no session for citizens");
        String code = trackingCode(receipt.body());

        String tracking = track(citizen, code);
        assertEquals("NEW", status(tracking));
        long incident = incidentId(tracking);
        assertTrue(tracking.contains("Nước ngập sâu 40 cm trước cổng chợ"), tracking);

        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body();
        assertEquals("NEW", state(page));
        assertTrue(page.contains("nguoi.dan@example.vn"), "staff see the contact to call back");
        page = operator.submit(page, "triage", "go", Map.of("priority", "HIGH")).body();
        page = operator.submit(page, "assign", "go", Map.of("department", "SXD", "assignee", "handler")).body();
        assertEquals("ASSIGNED", state(page));

        Http handler = new Http();
        handler.login("handler", "demo");
        page = handler.get(url(incident)).body();
        page = handler.submit(page, "start", "go", Map.of()).body();
        page = handler.submit(page, "resolve", "go", Map.of("answer", "Đã khơi thông cống thoát nước, nước đã rút.")).body();
        assertEquals("RESOLVED", state(page));

        tracking = track(citizen, code);
        assertEquals("RESOLVED", status(tracking));
        assertTrue(tracking.contains("Đã khơi thông cống thoát nước, nước đã rút."), "the city's answer");
        assertFalse(tracking.contains("handler"), "staff names are not shown to citizens");

        tracking = act(citizen, tracking, "sendReply", Map.of("code", code, "message", "Cảm ơn, đường đã đi lại được.")).body();
        assertTrue(tracking.contains("Cảm ơn, đường đã đi lại được."), tracking);
        tracking = act(citizen, tracking, "sendRating", Map.of("code", code, "rating", "4", "comment", "Xử lý nhanh")).body();
        assertTrue(tracking.contains("id=\"rating\""), "the rating is shown");
        assertFalse(tracking.contains("id=\"doRate\""), "rated once only");
        assertFalse(tracking.contains("id=\"act\""), "after an action the page shows the progress, not a form");

        page = operator.get(url(incident)).body();
        assertTrue(timeline(page).containsAll(java.util.List.of("opened", "triaged", "assigned", "started", "resolved",
                "citizen-message", "rated")), timeline(page).toString());
    }

    @Test
    void anUnsatisfactoryFixIsReopenedByTheCitizen() {
        Http citizen = Http.from("203.0.113.11");
        String code = trackingCode(report(citizen, Map.of("category", "street-light", "description",
                "Ba cột đèn đường không sáng từ tối qua, đoạn gần trường học.")).body());
        long incident = incidentId(track(citizen, code));
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String page = supervisor.get(url(incident)).body();
        page = supervisor.submit(page, "triage", "go", Map.of("priority", "NORMAL")).body();
        page = supervisor.submit(page, "assign", "go", Map.of("department", "SXD", "assignee", "")).body();
        page = supervisor.submit(page, "start", "go", Map.of()).body();
        page = supervisor.submit(page, "resolve", "go", Map.of("answer", "Đã thay bóng đèn.")).body();
        assertEquals("RESOLVED", state(page));

        String tracking = track(citizen, code);
        String refused = act(citizen, tracking, "reopen", Map.of("code", code, "reason", " ")).body();
        assertTrue(refused.contains("Xin nhập nội dung."), "a reason is needed");
        assertTrue(refused.contains("id=\"act:reason\""), "the form stays open with its error");
        tracking = act(citizen, tracking, "reopen", Map.of("code", code, "reason", "Vẫn còn một cột không sáng.")).body();
        assertEquals("REOPENED", status(tracking));
        assertEquals("REOPENED", state(supervisor.get(url(incident)).body()));
    }

    @Test
    void aReportNearAnOpenOneOfTheSameKindJoinsItWhenTheCitizenAgrees() {
        Http first = Http.from("203.0.113.12");
        String firstCode = trackingCode(report(first, Map.of("category", "fallen-tree", "lat", "22.390000", "lon", "103.460000",
                "description", "Cây đổ chắn ngang đường sau trận mưa lớn.")).body());
        long incident = incidentId(track(first, firstCode));

        Http second = Http.from("203.0.113.13");
        JsonArray candidates = Json.createReader(new StringReader(second.get(
                "/api/reports/same-problem?category=fallen-tree&lat=22.3905&lon=103.4601").body())).readArray();
        assertTrue(candidates.stream().anyMatch(c -> c.asJsonObject().getJsonNumber("incidentId").longValue() == incident),
                candidates.toString());
        assertTrue(candidates.getJsonObject(0).getInt("distanceMetres") <= 150);
        assertFalse(candidates.toString().contains("Cây đổ"), "no citizen text in the candidates");
        JsonArray far = Json.createReader(new StringReader(second.get(
                "/api/reports/same-problem?category=fallen-tree&lat=22.3000&lon=103.4601").body())).readArray();
        assertTrue(far.stream().noneMatch(c -> c.asJsonObject().getJsonNumber("incidentId").longValue() == incident));

        HttpResponse<String> joined = report(second, Map.of("category", "fallen-tree", "lat", "22.390500", "lon", "103.460100",
                "description", "Cây to đổ trên đường, xe không qua được.", "sameAs", Long.toString(incident)));
        String secondCode = trackingCode(joined.body());
        assertTrue(joined.body().contains("Bạn đang theo dõi phản ánh đã có về cùng sự việc."), "told it joined");
        assertEquals(incident, incidentId(track(second, secondCode)));

        String refused = report(Http.from("203.0.113.14"), Map.of("category", "fallen-tree", "lat", "22.300000",
                "lon", "103.460100", "sameAs", Long.toString(incident))).body();
        assertTrue(refused.contains("không còn được xử lý gần địa điểm này"), "a far incident cannot be joined");

        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body();
        assertEquals(2, page.split("data-report=\"").length - 1, "both reports on the incident");
    }

    @Test
    void thePublicListShowsNoPersonalDataAndDescriptionsOnlyAfterStaffLooked() {
        Http citizen = Http.from("203.0.113.15");
        String code = trackingCode(report(citizen, Map.of("category", "waste", "name", "Nguyễn Văn Riêng",
                "phone", "0912345678", "email", "rieng@example.vn",
                "description", "Rác tồn đọng nhiều ngày ở góc phố Lê Duẩn.")).body());
        long incident = incidentId(track(citizen, code));
        String list = citizen.get("/portal/reports.xhtml?category=waste").body();
        assertTrue(list.contains("data-id=\""), "the report is listed");
        assertFalse(list.contains("Rác tồn đọng nhiều ngày"), "not described before staff looked");
        for (String personal : new String[] {"Nguyễn Văn Riêng", "0912345678", "rieng@example.vn", code}) {
            assertFalse(list.contains(personal), personal + " is never public");
        }

        Http operator = new Http();
        operator.login("operator", "demo");
        operator.submit(operator.get(url(incident)).body(), "triage", "go", Map.of("priority", "NORMAL"));
        list = citizen.get("/portal/reports.xhtml?category=waste&status=open").body();
        assertTrue(list.contains("Rác tồn đọng nhiều ngày ở góc phố Lê Duẩn."), "described once triaged");
        assertFalse(list.contains("0912345678"));
        assertFalse(citizen.get("/portal/reports.xhtml?category=waste&status=closed").body().contains("Rác tồn đọng nhiều ngày"));
    }

    @Test
    void scriptInTheDescriptionIsShownAsTextEverywhere() {
        Http citizen = Http.from("203.0.113.16");
        String code = trackingCode(report(citizen, Map.of("description",
                "Ngập <script>alert('x')</script> <img src=x onerror=alert(1)> ở chợ")).body());
        String tracking = track(citizen, code);
        assertTrue(tracking.contains("Ngập &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                || tracking.contains("Ngập &lt;script&gt;alert('x')&lt;/script&gt;"), tracking);
        assertFalse(tracking.contains("<script>alert("));
        assertFalse(tracking.contains("<img src=x"));
        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incidentId(tracking))).body();
        assertFalse(page.contains("<script>alert("));
        assertFalse(page.contains("<img src=x"));
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() {
        Http citizen = Http.from("203.0.113.17");
        long before = publicCount(citizen);
        Map<String, String> cases = new HashMap<>();
        cases.put("consent", "Xin đồng ý với thông báo về dữ liệu cá nhân");
        cases.put("outside", "Địa điểm nằm ngoài địa bàn tỉnh");
        cases.put("short", "Hãy mô tả sự việc ít nhất 10 ký tự.");
        cases.put("long", "Nội dung quá dài (tối đa 4.000 ký tự).");
        cases.put("nowhere", "Hãy cho biết địa điểm");
        cases.put("phone", "Số điện thoại có dạng");
        cases.put("email", "Địa chỉ email không hợp lệ.");
        cases.put("category", "Hãy chọn lĩnh vực phản ánh");
        String form = PortalPages.form(citizen);
        assertPage(PortalPages.send(citizen, form, mapOf("consent", null)), cases.get("consent"));
        assertPage(PortalPages.send(citizen, form, Map.of("lat", "21.0285", "lon", "105.8542")), cases.get("outside"));
        assertPage(PortalPages.send(citizen, form, Map.of("description", "ngập")), cases.get("short"));
        assertPage(PortalPages.send(citizen, form, Map.of("description", "ngập ".repeat(1000))), cases.get("long"));
        assertPage(PortalPages.send(citizen, form, mapOf("lat", null, "lon", null, "address", null)), cases.get("nowhere"));
        assertPage(PortalPages.send(citizen, form, Map.of("phone", "12ab")), cases.get("phone"));
        assertPage(PortalPages.send(citizen, form, Map.of("email", "not-an-email")), cases.get("email"));
        assertPage(PortalPages.send(citizen, form, mapOf("category", null)), cases.get("category"));
        assertEquals(before, publicCount(citizen), "nothing stored");

        HttpResponse<String> huge = PortalPages.send(citizen, form, Map.of("description", "x".repeat(10 * 1024 * 1024)));
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("Nội dung gửi quá lớn / Too much was sent"));
        assertEquals(before, publicCount(citizen), "nothing stored");
    }

    @Test
    void robotsAreTurnedAway() {
        Http robot = Http.from("203.0.113.18");
        String form = robot.get("/portal/report.xhtml").body();
        String fast = robot.submit(form, "report", "send", PortalPages.VALID,
                Map.of("token", PortalPages.token(form), "website", "")).body();
        assertTrue(fast.contains("Biểu mẫu được gửi quá nhanh"), "a form sent back at once");
        PortalPages.pause();
        String honey = robot.submit(form, "report", "send", PortalPages.VALID,
                Map.of("token", PortalPages.token(form), "website", "http://spam.example")).body();
        assertTrue(honey.contains("Biểu mẫu không được chấp nhận."), "the honeypot was filled");
        String forged = robot.submit(form, "report", "send", PortalPages.VALID,
                Map.of("token", "1.forged", "website", "")).body();
        assertTrue(forged.contains("Biểu mẫu bị hỏng hoặc đã cũ"), "a forged token");
        assertFalse(fast.contains("id=\"trackingCode\"") || honey.contains("id=\"trackingCode\"")
                || forged.contains("id=\"trackingCode\""));
    }

    @Test
    void oneAddressAndOneContactAreRateLimited() {
        Http busy = Http.from("203.0.113.19");
        String form = PortalPages.form(busy);
        for (int i = 0; i < 5; i++) {
            assertTrue(PortalPages.send(busy, form, Map.of()).body().contains("id=\"trackingCode\""), "report " + i);
        }
        String refused = PortalPages.send(busy, form, Map.of()).body();
        assertTrue(refused.contains("Có quá nhiều phản ánh từ kết nối của bạn"), "the sixth in an hour");
        assertTrue(PortalPages.report(Http.from("203.0.113.20"), Map.of()).body().contains("id=\"trackingCode\""),
                "another address is served");

        for (int i = 0; i < 3; i++) {
            Http somewhere = Http.from("198.51.100." + (i + 1));
            assertTrue(PortalPages.report(somewhere, Map.of("email", "hay.phan.anh@example.vn")).body()
                    .contains("id=\"trackingCode\""));
        }
        String sameContact = PortalPages.report(Http.from("198.51.100.9"), Map.of("email", "Hay.Phan.Anh@example.vn")).body();
        assertTrue(sameContact.contains("Có quá nhiều phản ánh với email hoặc số điện thoại này"), "the fourth with one email");
    }

    @Test
    void theFormAsksTheCategorysQuestionsAndStaffSeeTheAnswers() {
        String form = new Http().get("/portal/report.xhtml").body();
        assertTrue(form.contains("data-category=\"flooding\""), "flooding's questions on the form");
        assertTrue(form.contains("name=\"q.flooding.water_depth\""), form);
        assertTrue(form.contains("Nước ngập sâu khoảng bao nhiêu?"));
        assertFalse(form.contains("data-category=\"landslide\""), "no questions, no fieldset");

        Http citizen = Http.from("203.0.113.17");
        HttpResponse<String> refused = PortalPages.reportWithAnswers(citizen, Map.of(), Map.of("q.flooding.water_depth", "neck"));
        assertPage(refused, "Vui lòng kiểm tra câu trả lời cho câu hỏi: Nước ngập sâu khoảng bao nhiêu?");
        assertTrue(refused.body().contains("name=\"q.flooding.water_depth\""), "the form again");

        String code = trackingCode(PortalPages.reportWithAnswers(citizen, Map.of(),
                Map.of("q.flooding.water_depth", "knee", "q.flooding.vehicles_blocked", "motorbike")).body());
        long incident = incidentId(track(citizen, code));
        Http operator = new Http();
        operator.login("operator", "demo");
        String page = operator.get(url(incident)).body().replaceAll("\\s+", " ");
        assertTrue(page.contains("Nước ngập sâu khoảng bao nhiêu? <strong>Đến đầu gối (15-50 cm)</strong>"), page);
        assertTrue(page.contains("Phương tiện nào không đi qua được? <strong>Xe máy</strong>"), page);
    }

    @Test
    void readOnlyPublicPagesAreServedFromTheCacheInTheVisitorsLanguage() {
        String url = "/portal/reports.xhtml?ward=TAN_PHONG&page=1";
        HttpResponse<String> first = new Http().get(url);
        HttpResponse<String> second = new Http().get(url);
        assertEquals(200, second.statusCode());
        assertEquals("hit", second.headers().firstValue("X-IOC-Page-Cache").orElse(""), "a second visitor gets the kept page");
        assertEquals(first.body(), second.body());
        assertTrue(second.headers().firstValue("Content-Security-Policy").isPresent(), "security headers on cached pages");
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(second.headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie");
        assertTrue(second.body().contains("lang=\"vi\""));

        Http english = new Http();
        HttpResponse<String> switching = english.get(url + "&lang=en");
        assertTrue(switching.headers().firstValue("X-IOC-Page-Cache").isEmpty(), "a language switch is rendered");
        assertTrue(switching.body().contains("lang=\"en\""));
        HttpResponse<String> remembered = english.get(url);
        assertTrue(remembered.body().contains("lang=\"en\""), "the cookie's language, not the cached Vietnamese page");
        assertEquals("hit", english.get(url).headers().firstValue("X-IOC-Page-Cache").orElse(""));

        Http staff = new Http();
        staff.login("operator", "demo");
        assertTrue(staff.get(url).headers().firstValue("X-IOC-Page-Cache").isEmpty(), "staff with a session get a fresh page");
    }

    @Test
    void anUnknownTrackingCodeIsExplained() {
        String page = new Http().get("/portal/track.xhtml?code=ABCD-EFGH-JK").body();
        assertTrue(page.contains("id=\"notFound\""));
        assertNotEquals(500, new Http().get("/portal/track.xhtml?code=%3Cscript%3E").statusCode());
    }

    private static long publicCount(Http http) {
        return Json.createReader(new StringReader(http.get("/api/open311/v2/requests.json").body())).readArray().size();
    }

    private static void assertPage(HttpResponse<String> response, String message) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(message), message + " in " + response.body());
        assertFalse(response.body().contains("id=\"trackingCode\""));
    }

    private static Map<String, String> mapOf(String... kv) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
