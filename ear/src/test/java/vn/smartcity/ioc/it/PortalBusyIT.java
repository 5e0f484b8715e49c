package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.Management;
import vn.smartcity.ioc.it.support.OwnServer;

/**
 * The portal's admission limit (configure-web.cli: request-limit filter ioc-portal-reads) turns visitors away
 * with the bilingual "busy" page of the error-page filter ioc-portal-busy, not an empty 503. On its own server:
 * the limit is narrowed to one request at a time and one waiting (a restart applies it), a crowd of 60 asks for
 * a page at once, and the limit is put back as it was (with its IOC_PORTAL_* expressions) at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBusyIT extends OwnServer {

    static final String[] LIMIT = {"subsystem", "undertow", "configuration", "filter", "request-limit", "ioc-portal-reads"};

    @Test
    void visitorsBeyondTheQueueGetTheBusyPageInBothLanguages() throws Exception {
        server.start(SERVER);
        ModelNode concurrency;
        ModelNode queue;
        try (Management m = new Management()) {
            concurrency = read(m, "max-concurrent-requests");
            queue = read(m, "queue-size");
            write(m, "max-concurrent-requests", new ModelNode(1));
            write(m, "queue-size", new ModelNode(1));
        }
        try {
            server.stop(SERVER);
            server.start(SERVER);
            deployer.deploy("ioc");

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest page = HttpRequest.newBuilder(URI.create(Http.BASE + "/portal/track.xhtml"))
                    .timeout(Duration.ofSeconds(30)).build();
            List<CompletableFuture<HttpResponse<String>>> crowd = IntStream.range(0, 60)
                    .mapToObj(i -> client.sendAsync(page, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
                    .toList();
            List<HttpResponse<String>> answers = crowd.stream().map(CompletableFuture::join).toList();

            List<HttpResponse<String>> busy = answers.stream().filter(a -> a.statusCode() == 503).toList();
            assertTrue(!busy.isEmpty(), "60 requests at once against 1 admitted and 1 waiting: some are turned away");
            for (HttpResponse<String> a : busy) {
                assertTrue(a.body().contains("id=\"busy\""), a.body());
                assertTrue(a.body().contains("Cổng phản ánh đang quá tải"), a.body());
                assertTrue(a.body().contains("The portal is busy"), a.body());
            }
            answers.stream().filter(a -> a.statusCode() != 503)
                    .forEach(a -> assertEquals(200, a.statusCode(), "the admitted ones are served: " + a.body()));
        } finally {
            try (Management m = new Management()) {
                write(m, "max-concurrent-requests", concurrency);
                write(m, "queue-size", queue);
            }
            deployer.undeploy("ioc");
            server.stop(SERVER);
        }
    }

    private static ModelNode read(Management m, String attribute) {
        ModelNode op = Management.operation("read-attribute", LIMIT);
        op.get("name").set(attribute);
        return m.execute(op); // unresolved: the ${env.IOC_PORTAL_...} expression as configured
    }

    private static void write(Management m, String attribute, ModelNode value) {
        ModelNode op = Management.operation("write-attribute", LIMIT);
        op.get("name").set(attribute);
        op.get("value").set(value);
        m.execute(op);
    }
}
