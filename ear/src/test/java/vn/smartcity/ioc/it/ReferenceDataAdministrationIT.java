package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IncidentPages;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Reference data is data: an administrator changes a report category's department, SLA and status on the
 * console; invalid values and concurrent changes are refused with a message and nothing is stored.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ReferenceDataAdministrationIT extends IocDeployment {

    static final String PAGE = "/console/admin/category.xhtml?code=pollution";

    @AfterEach
    void restorePollution() {
        Http admin = new Http();
        admin.login("admin", "demo");
        save(admin, admin.get(PAGE).body(), "SNNMT", "72");
        assertEquals(72, publicSla("pollution"));
    }

    @Test
    void anAdministratorChangesTheDepartmentAndSlaOfACategory() {
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get(PAGE).body();
        assertTrue(page.contains("id=\"category-name\""), page);
        String saved = save(admin, page, "UBND_TAN_PHONG", "36").body();
        assertTrue(saved.contains("Đã lưu."), saved);
        assertTrue(saved.contains("Sửa lần cuối bởi admin"), "who changed it is shown");
        assertEquals(36, publicSla("pollution"));
        assertTrue(new Http().get("/api/report/categories").body()
                .matches("(?s).*\"code\":\"pollution\",\"departmentCode\":\"UBND_TAN_PHONG\".*"), "department changed");
    }

    @Test
    void aWardLevelCategoryIsRoutedToThePeoplesCommitteeOfTheWardWhereTheProblemIs() {
        Http operator = new Http();
        operator.login("operator", "demo");
        // V27: waste in Đoàn Kết goes to its own People's Committee, in a commune to the commune's
        assertEquals("UBND_DOAN_KET", departmentOf(operator, IncidentPages.open(operator, "waste", "DOAN_KET", "Rác ở chợ")));
        assertEquals("UBND_TAN_PHONG", departmentOf(operator, IncidentPages.open(operator, "waste", "TAN_PHONG", "Rác ở phố")));
        assertEquals("UBND_SIN_HO", departmentOf(operator, IncidentPages.open(operator, "waste", "SIN_HO", "Rác ở bản")));

        // an administrator sends waste in Bình Lư to the Department of Agriculture and Environment, then back
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get("/console/admin/category.xhtml?code=waste").body();
        assertTrue(page.contains("data-ward=\"BINH_LU\" data-department=\"UBND_BINH_LU\""), "the seeded route is shown");
        page = admin.submit(page, "routes", "route", Map.of("routeWard", "BINH_LU", "routeDepartment", "SNNMT")).body();
        assertTrue(page.contains("Đã lưu."), page);
        assertTrue(page.contains("data-ward=\"BINH_LU\" data-department=\"SNNMT\""), "the route changed");
        try {
            assertEquals("SNNMT", departmentOf(operator, IncidentPages.open(operator, "waste", "BINH_LU", "Bãi rác tự phát")));
        } finally {
            page = admin.submit(admin.get("/console/admin/category.xhtml?code=waste").body(), "routes", "route",
                    Map.of("routeWard", "BINH_LU", "routeDepartment", "UBND_BINH_LU")).body();
            assertTrue(page.contains("data-ward=\"BINH_LU\" data-department=\"UBND_BINH_LU\""), "restored");
        }

        // a route to a ward that does not exist is refused with a message, nothing stored
        page = admin.submit(admin.get("/console/admin/category.xhtml?code=waste").body(), "routes", "route",
                Map.of("routeWard", "NO_SUCH_WARD", "routeDepartment", "SNNMT")).body();
        assertFalse(page.contains("data-ward=\"NO_SUCH_WARD\""), "nothing stored");
        assertFalse(page.contains("Đã lưu."), "not saved");
        assertTrue(page.contains("Phường, xã: hãy chọn một trong các giá trị có sẵn."), "said in Vietnamese: " + page);
    }

    private static String departmentOf(Http staff, long incident) {
        Matcher m = Pattern.compile("<dd id=\"incident-department\">([A-Z_]+)</dd>").matcher(staff.get(IncidentPages.url(incident)).body());
        assertTrue(m.find(), "the incident shows its department");
        return m.group(1);
    }

    @Test
    void anSlaOutOfRangeIsRefusedAndNothingIsStored() {
        Http admin = new Http();
        admin.login("admin", "demo");
        for (String bad : new String[] {"0", "8761", "abc", ""}) {
            String answer = save(admin, admin.get(PAGE).body(), "SNNMT", bad).body();
            assertTrue(answer.contains("Nhập số giờ nguyên từ 1 đến 8760."), "message for '" + bad + "'");
            assertEquals(72, publicSla("pollution"), "nothing stored for '" + bad + "'");
        }
    }

    @Test
    void aChangeBasedOnAnOutdatedPageIsRefusedNotOverwritten() {
        Http first = new Http();
        first.login("admin", "demo");
        Http second = new Http();
        second.login("admin", "demo");
        String firstPage = first.get(PAGE).body();
        String secondPage = second.get(PAGE).body();
        assertTrue(save(second, secondPage, "SNNMT", "30").body().contains("Đã lưu."));
        String refused = save(first, firstPage, "SNNMT", "40").body();
        assertTrue(refused.contains("Người khác vừa sửa lĩnh vực này"), refused);
        assertEquals(30, publicSla("pollution"), "the first change stands");
    }

    @Test
    void onlyAdministratorsOpenTheAdministrationPages() {
        Http supervisor = new Http();
        assertFalse(supervisor.login("supervisor", "demo").body().contains("id=\"nav-admin\""), "no menu entry");
        assertEquals(403, supervisor.get("/console/admin/categories.xhtml").statusCode());
        assertEquals(403, supervisor.get(PAGE).statusCode());
        Http admin = new Http();
        assertTrue(admin.login("admin", "demo").body().contains("id=\"nav-admin\""));
        assertEquals(200, admin.get("/console/admin/categories.xhtml").statusCode());
    }

    static final String QUESTIONS = "/console/admin/questions.xhtml?category=pollution";
    static final String POLLUTION_DEFINITION = "/api/open311/v2/services/pollution.json";

    @Test
    void anAdministratorAddsChangesAndRemovesACategorysQuestion() {
        Http admin = new Http();
        admin.login("admin", "demo");
        String page = admin.get(QUESTIONS).body();
        assertTrue(page.contains("id=\"none\""), "pollution has no questions yet: " + page);
        assertEquals("{\"service_code\":\"pollution\",\"attributes\":[]}", new Http().get(POLLUTION_DEFINITION).body());

        String refused = saveQuestion(admin, page, "smell", "SINGLEVALUELIST", "1", "").body();
        assertTrue(refused.contains("Câu hỏi dạng danh sách phải có từ 1 đến 50 lựa chọn"), refused);
        refused = saveQuestion(admin, page, "Smell!", "STRING", "1", "").body();
        assertTrue(refused.contains("Mã câu hỏi (code): bắt đầu bằng một chữ thường"), refused);
        refused = saveQuestion(admin, page, "smell", "SINGLEVALUELIST", "1", "strong | Rất nặng").body();
        assertTrue(refused.contains("Dòng lựa chọn thứ 1: phải có dạng key | tên | name"), refused);
        assertEquals("{\"service_code\":\"pollution\",\"attributes\":[]}", new Http().get(POLLUTION_DEFINITION).body(),
                "nothing stored");

        String saved = saveQuestion(admin, page, "smell", "SINGLEVALUELIST", "1",
                "strong | Mùi rất nặng | Very strong\nfaint | Mùi nhẹ | Faint").body();
        assertTrue(saved.contains("Đã lưu câu hỏi."), saved);
        assertTrue(saved.contains("data-question=\"smell\""), "listed");
        String definition = new Http().get(POLLUTION_DEFINITION).body();
        assertTrue(definition.contains("\"code\":\"smell\"") && definition.contains("\"datatype\":\"singlevaluelist\"")
                && definition.contains("\"required\":true") && definition.contains("\"key\":\"faint\""),
                "Open311 shows the question at once: " + definition);
        String duplicate = saveQuestion(admin, admin.get(QUESTIONS).body(), "smell", "STRING", "2", "").body();
        assertTrue(duplicate.contains("Mã (code): lĩnh vực này đã có câu hỏi smell"), duplicate);
        String sameOrder = saveQuestion(admin, admin.get(QUESTIONS).body(), "colour", "STRING", "1", "").body();
        assertTrue(sameOrder.contains("Thứ tự (order): một câu hỏi khác của lĩnh vực này đã mang số 1"), sameOrder);

        // two administrators open the question; the second change is refused, not written over the first
        String editLink = link(saved, "smell");
        Http other = new Http();
        other.login("admin", "demo");
        String firstEdit = admin.get(editLink).body();
        String secondEdit = other.get(editLink).body();
        assertTrue(firstEdit.contains("Mùi rất nặng | Very strong"), "the form holds the question");
        assertTrue(saveQuestion(other, secondEdit, null, "SINGLEVALUELIST", "1",
                "strong | Mùi rất nặng | Very strong\nfaint | Mùi nhẹ | Faint\nnone | Không có mùi | None").body()
                .contains("Đã lưu câu hỏi."));
        String conflict = saveQuestion(admin, firstEdit, null, "NUMBER", "1", "").body();
        assertTrue(conflict.contains("Người khác vừa sửa câu hỏi này"), conflict);
        assertTrue(new Http().get(POLLUTION_DEFINITION).body().contains("\"key\":\"none\""), "the first change stands");

        String list = admin.get(QUESTIONS).body();
        String removed = admin.postForm(formAction(list, "list"), Map.of("list", "list", removeButton(list, "smell"), "x",
                "jakarta.faces.ViewState", Http.viewState(list))).body();
        assertTrue(removed.contains("Đã xóa câu hỏi."), removed);
        assertEquals("{\"service_code\":\"pollution\",\"attributes\":[]}", new Http().get(POLLUTION_DEFINITION).body());
    }

    private static HttpResponse<String> saveQuestion(Http browser, String page, String code, String datatype,
                                                     String order, String choices) {
        Map<String, String> form = new HashMap<>();
        form.put("question", "question");
        if (code != null) {
            form.put("question:code", code);
        }
        form.put("question:datatype", datatype);
        form.put("question:variable", "on");
        form.put("question:required", "on");
        form.put("question:order", order);
        form.put("question:descriptionVi", "Mùi thế nào?");
        form.put("question:descriptionEn", "How does it smell?");
        form.put("question:datatypeDescription", "");
        form.put("question:choices", choices);
        form.put("question:save", "save");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        return browser.postForm(formAction(page, "question"), form);
    }

    private static String link(String page, String question) {
        Matcher m = Pattern.compile("data-question=\"" + question + "\".*?href=\"([^\"]+edit=\\d+[^\"]*)\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "edit link of " + question);
        return m.group(1).replace("&amp;", "&").replaceFirst("^/ioc", "");
    }

    private static String removeButton(String page, String question) {
        Matcher m = Pattern.compile("data-question=\"" + question + "\".*?name=\"([^\"]+:remove)\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "remove button of " + question);
        return m.group(1);
    }

    private static HttpResponse<String> save(Http browser, String page, String department, String sla) {
        Map<String, String> form = new HashMap<>();
        form.put("category", "category");
        form.put("category:department", department);
        form.put("category:sla", sla);
        form.put("category:active", "on");
        form.put("category:save", "save");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        return browser.postForm(formAction(page, "category"), form);
    }

    private static String formAction(String page, String id) {
        Matcher m = Pattern.compile("<form id=\"" + id + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "edit form on the page");
        return "http://127.0.0.1:8080" + m.group(1).replace("&amp;", "&");
    }

    private static int publicSla(String code) {
        String body = new Http().get("/api/report/categories").body();
        Matcher m = Pattern.compile("\"code\":\"" + code + "\"[^}]*\"slaHours\":(\\d+)").matcher(body);
        assertTrue(m.find(), body);
        return Integer.parseInt(m.group(1));
    }
}
