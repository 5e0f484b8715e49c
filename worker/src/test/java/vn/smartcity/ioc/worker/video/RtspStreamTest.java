package vn.smartcity.ioc.worker.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;

/**
 * The worker reads a camera over RTSP (RTP over TCP, the way it opens every rtsp:// stream) from a real RTSP
 * server: GStreamer's, started by the test on the synthetic scene. Every picture of the file arrives, at the
 * file's size. Needs Debian's python3-gi, gir1.2-gst-rtsp-server-1.0 and GStreamer's good and bad plugins;
 * without them the test is skipped, unless {@code -Dioc.test.rtsp.required=true} (CI installs them).
 */
class RtspStreamTest {

    static final Path SERVER = Path.of("src", "test", "resources", "rtsp-server.py");

    @Test
    void aCameraStreamOverRtspArrivesPictureForPicture() throws Exception {
        boolean available = gstreamerRtsp();
        if (Boolean.getBoolean("ioc.test.rtsp.required")) {
            assertTrue(available, "GStreamer's RTSP server for Python is not installed (see the class comment)");
        }
        Assumptions.assumeTrue(available, "GStreamer's RTSP server for Python is not installed");

        Path dir = Path.of("target", "test-videos");
        Files.createDirectories(dir);
        Path clip = dir.resolve("scene-rtsp.mp4").toAbsolutePath();
        SceneVideo.write(new TrafficScene(), clip, 640, 360, 25, 4);
        int inFile = count(clip.toString());
        assertEquals(100, inFile, "4 s at 25 pictures/s");

        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = new ProcessBuilder("/usr/bin/python3", SERVER.toString(), Integer.toString(port), clip.toString())
                .redirectErrorStream(true).start();
        try {
            String announced = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("rtsp://127.0.0.1:" + port + "/cam", announced, "the RTSP server is up");
            try (StreamReader reader = new StreamReader(announced, 5, 1).open()) {
                assertEquals(640, reader.width());
                assertEquals(360, reader.height());
                int received = 0;
                for (int i = 0; i < inFile && reader.next() != null; i++) {
                    received++;
                }
                assertEquals(inFile, received, "every picture of the file came over RTSP");
            }
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int count(String file) throws Exception {
        int n = 0;
        try (StreamReader reader = new StreamReader(file, 5, 1).open()) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }

    /** Whether Debian's python3 has GStreamer's RTSP server bindings. */
    private static boolean gstreamerRtsp() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return false;
        }
        Process check = new ProcessBuilder("/usr/bin/python3", "-c",
                "import gi; gi.require_version('Gst', '1.0'); gi.require_version('GstRtspServer', '1.0');"
                        + " from gi.repository import Gst, GstRtspServer; Gst.init(None);"
                        + " assert Gst.ElementFactory.find('h264parse') and Gst.ElementFactory.find('rtph264pay')")
                .redirectErrorStream(true).start();
        return check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0;
    }
}
