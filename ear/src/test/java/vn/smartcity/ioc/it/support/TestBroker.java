package vn.smartcity.ioc.it.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto broker of the test's own (Debian's mosquitto binary) on a loopback port, with persistence, so a
 * test can stop and start it: the server's Frigate bridge is pointed at it (IOC_MQTT_URL in ear/pom.xml).
 */
public final class TestBroker implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/mosquitto";

    private final int port;
    private final Path dir;
    private Process process;

    public TestBroker(int port) throws IOException {
        this.port = port;
        this.dir = Files.createTempDirectory("ioc-mosquitto");
        // started as root, mosquitto drops to its own user, which must write its database and log here
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(dir.resolve("mosquitto.conf"), """
                listener %d 127.0.0.1
                allow_anonymous true
                persistence true
                persistence_location %s/
                autosave_interval 1
                log_dest file %s/mosquitto.log
                """.formatted(port, dir, dir));
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(BINARY));
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public void start() throws Exception {
        process = new ProcessBuilder(BINARY, "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("mosquitto did not start: " + Files.readString(dir.resolve("stdout.log")));
    }

    /** Stops the broker as a service manager does (SIGTERM: it saves its sessions and queued messages). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
