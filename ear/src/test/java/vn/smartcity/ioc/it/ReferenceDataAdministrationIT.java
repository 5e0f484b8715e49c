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

    private static HttpResponse<String> save(Http browser, String page, String department, String sla) {
        Map<String, String> form = new HashMap<>();
        form.put("category", "category");
        form.put("category:department", department);
        form.put("category:sla", sla);
        form.put("category:active", "on");
        form.put("category:save", "save");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        return browser.postForm(formAction(page), form);
    }

    private static String formAction(String page) {
        Matcher m = Pattern.compile("<form id=\"category\"[^>]*action=\"([^\"]+)\"").matcher(page);
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
