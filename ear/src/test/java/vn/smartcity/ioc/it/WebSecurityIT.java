package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.Management;
import vn.smartcity.ioc.it.support.TestDirectory;

/** Security headers, session cookie, CSRF protection of Faces posts, languages, the portal's admission of reads. */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class WebSecurityIT extends IocDeployment {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : List.of("/portal/index.xhtml", "/login.xhtml", "/api/city/wards", "/no-such-page.xhtml")) {
            HttpResponse<String> response = new Http().get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = new Http().get("/console/index.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aFacesPostWithAForgedViewStateIsRefusedAndNotExecuted() {
        Http operator = new Http();
        String dashboard = operator.login("operator", "demo").body();
        String realViewState = Http.viewState(dashboard);

        HttpResponse<String> forged = operator.postForm("/console/index.xhtml", Map.of(
                "logout", "logout", "logout:logout-button", "x", "jakarta.faces.ViewState", "-123:456"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("id=\"error-message\""));
        assertTrue(operator.get("/console/index.xhtml").body().contains("id=\"staff-name\""),
                "the logout action did not run: still logged in");

        HttpResponse<String> genuine = operator.postForm("/console/index.xhtml", Map.of(
                "logout", "logout", "logout:logout-button", "x", "jakarta.faces.ViewState", realViewState));
        assertTrue(genuine.body().contains("j_security_check"), "with the real view state the logout runs");
        assertFalse(operator.get("/console/index.xhtml").body().contains("id=\"staff-name\""));
    }

    @Test
    void thePortalIsVietnameseByDefaultAndEnglishOnRequest() {
        Http citizen = new Http();
        assertTrue(citizen.get("/portal/index.xhtml").body().contains("Cổng thông tin phản ánh hiện trường"));
        assertTrue(citizen.get("/portal/index.xhtml?lang=en").body().contains("Citizen field-report portal"));
        assertTrue(citizen.get("/portal/index.xhtml").body().contains("Citizen field-report portal"),
                "the choice is remembered");
    }

    @Test
    void thePortalNeedsNoLoginAndCreatesNoSession() {
        HttpResponse<String> page = new Http().get("/portal/index.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-code=\"flooding\""), "categories listed from the database");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no HTTP session for anonymous visitors");
    }

    /**
     * The server admits the portal's page reads a few at a time (configure-web.cli) and queues the rest: a crowd
     * larger than that is served in turn, nobody is refused; form posts are not counted.
     */
    @Test
    void portalReadsAreAdmittedAFewAtATimeAndTheRestQueued() throws Exception {
        try (Management management = new Management()) {
            ModelNode read = Management.operation("read-attribute", "subsystem", "undertow", "configuration", "filter",
                    "request-limit", "ioc-portal-reads");
            read.get("name").set("max-concurrent-requests");
            read.get("resolve-expressions").set(true);
            assertEquals(8, management.execute(read).asInt());
            ModelNode ref = management.readResource(false, "subsystem", "undertow", "server", "default-server",
                    "host", "default-host", "filter-ref", "ioc-portal-reads");
            assertEquals("path-prefix('/ioc/portal') and method(GET)", ref.get("predicate").asString());
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + "/portal/track.xhtml")).build();
        List<CompletableFuture<HttpResponse<String>>> crowd = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            crowd.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : crowd) {
            HttpResponse<String> page = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"code\""), "the tracking page itself");
        }
    }

    @Test
    void anUnknownPageIsAReadable404() {
        HttpResponse<String> page = new Http().get("/portal/nothing-here.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("id=\"error-message\""));
        assertFalse(page.body().contains("Exception"));
    }
}
