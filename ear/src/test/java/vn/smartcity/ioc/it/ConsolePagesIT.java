package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * Every page of the console, for every demo role, as a staff member reaches it: each link of the console's menu
 * as rendered for that role, and every console page of the deployed WAR by its bare address (no query
 * parameters, as typed from the README or a bookmark). None may answer a server error; a page a role may not
 * open answers 403 with the error page, never 500.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ConsolePagesIT extends IocDeployment {

    private static final Pattern NAV_LINK = Pattern.compile("<a [^>]*id=\"nav-[^\"]+\"[^>]*href=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0} opens every console page without a server error")
    @ValueSource(strings = {"operator", "supervisor", "handler", "police-handler", "traffic-officer", "analyst",
            "admin", "auditor"})
    void noConsolePageAnswersAServerErrorForAnyRole(String user) {
        Http browser = new Http();
        HttpResponse<String> dashboard = browser.login(user, "demo");
        assertEquals(200, dashboard.statusCode(), user + " logs in");

        Set<String> menu = new LinkedHashSet<>();
        Matcher m = NAV_LINK.matcher(dashboard.body());
        while (m.find()) {
            menu.add(m.group(1).replace("&amp;", "&"));
        }
        assertTrue(menu.size() >= 2, "the menu of " + user + " has links: " + menu);

        List<String> failures = new ArrayList<>();
        for (String link : menu) {
            HttpResponse<String> page = browser.get("http://127.0.0.1:8080" + link);
            if (page.statusCode() != 200) {
                failures.add("menu " + link + " -> " + page.statusCode());
            }
        }
        for (String path : consolePages()) {
            HttpResponse<String> page = browser.get("/" + path);
            if (page.statusCode() >= 500) {
                failures.add(path + " -> " + page.statusCode());
            } else if (page.statusCode() == 403) {
                assertTrue(page.body().contains("id=\"error-message\""), path + ": 403 shows the error page");
            }
        }
        assertTrue(failures.isEmpty(), user + ": " + failures);
    }

    /** The console's pages as deployed: every console/**.xhtml of ioc-web.war inside the tested ioc.ear. */
    private static Set<String> consolePages() {
        Set<String> pages = new TreeSet<>();
        try (ZipFile ear = new ZipFile(System.getProperty("ioc.ear"))) {
            ZipEntry war = ear.stream().filter(e -> e.getName().endsWith("ioc-web.war")).findFirst()
                    .orElseThrow(() -> new AssertionError("no ioc-web.war in the EAR"));
            try (InputStream in = ear.getInputStream(war); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
                    if (e.getName().startsWith("console/") && e.getName().endsWith(".xhtml")) {
                        pages.add(e.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the EAR: " + e, e);
        }
        assertFalse(pages.isEmpty(), "console pages found in the WAR");
        assertTrue(pages.contains("console/traffic/index.xhtml"), "the traffic page is among them: " + pages);
        return pages;
    }
}
