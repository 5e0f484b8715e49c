package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Management;
import vn.smartcity.ioc.it.support.OwnServer;

/**
 * Jakarta Batch on JBeret with the JDBC job repository of configure-batch.cli: a job started from the
 * management CLI runs and writes its export; the server JVM is stopped and started again; the execution
 * is still listed with its status (with JBeret's default in-memory repository it would be gone).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchRepositoryRestartIT extends OwnServer {

    static final String[] BATCH = {"deployment", "ioc.ear", "subdeployment", "ioc-batch.jar", "subsystem", "batch-jberet"};

    @Test
    void aJobStartedBeforeAServerRestartIsVisibleWithItsStatusAfterIt() throws Exception {
        server.start(SERVER);
        deployer.deploy("ioc");
        try {
            long execution;
            try (Management m = new Management()) {
                ModelNode start = Management.operation("start-job", BATCH);
                start.get("job-xml-name").set("reference-data-export");
                execution = m.execute(start).asLong();
                assertEquals("COMPLETED", waitForEnd(m, execution));
            }
            String csv = exports();
            assertTrue(csv.contains("category;flooding;Ngập úng;Flooding;SXD;24"), csv);
            assertTrue(csv.contains("ward;TAN_PHONG;Phường Tân Phong"), csv);

            server.stop(SERVER);
            server.start(SERVER);

            try (Management m = new Management()) {
                assertEquals("COMPLETED", status(m, execution), "execution " + execution + " survived the restart");
            }
        } finally {
            deployer.undeploy("ioc");
            server.stop(SERVER);
        }
    }

    private static String exports() throws IOException {
        Path folder = Path.of(System.getProperty("ioc.it.base.dir"), "data", "ioc", "exports");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("reference-data-"))
                    .map(BatchRepositoryRestartIT::read).reduce("", String::concat);
        }
    }

    private static String waitForEnd(Management m, long execution) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = status(m, execution);
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
                return status;
            }
            Thread.sleep(300);
        }
        return status;
    }

    private static String status(Management m, long execution) {
        String[] address = java.util.Arrays.copyOf(BATCH, BATCH.length + 4);
        address[BATCH.length] = "job";
        address[BATCH.length + 1] = "reference-data-export";
        address[BATCH.length + 2] = "execution";
        address[BATCH.length + 3] = Long.toString(execution);
        ModelNode op = Management.operation("read-attribute", address);
        op.get("name").set("batch-status");
        return m.execute(op).asString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
