package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.ViolationPages;
import vn.smartcity.ioc.worker.application.CameraWorker;
import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.events.DetectionJson;
import vn.smartcity.ioc.worker.events.JmsEventSink;
import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;
import vn.smartcity.ioc.worker.video.StreamReader;

/**
 * The video-analytics worker against the running IOC: it analyses the synthetic scene (rendered here, 640x360
 * H.264) and sends its events over the detection queue with the integration account, as it does in service.
 * Every event arrives and is stored once; the violations it saw (4 red lights, 2 speeding, 1 wrong way)
 * become candidates of the violation job with the worker's JPEG evidence.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class WorkerIT extends IocDeployment {

    @Test
    void theWorkersEventsAreStoredOnceAndItsViolationsBecomeCandidates() throws Exception {
        Path dir = Path.of("target", "it-videos");
        Files.createDirectories(dir);
        Path video = dir.resolve("scene-360p.mp4");
        SceneVideo.write(new TrafficScene(), video, 640, 360, 25);
        Instant origin = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        CameraConfig camera = TrafficScene.camera("LC-TP-001", video.toString(), origin, true);

        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        long before = ViolationPages.total(officer.get(ViolationPages.PAGE).body(), "candidates-NEW");

        List<DetectionJson.Event> sent = Collections.synchronizedList(new ArrayList<>());
        String run = "it" + Long.toString(System.currentTimeMillis(), 36);
        CameraWorker worker;
        try (JmsEventSink jms = new JmsEventSink(MessagingIT.REMOTE_URL, "ioc-camera", "demo-camera",
                "IocDetectionEvents", 1000)) {
            worker = new CameraWorker(camera, e -> {
                sent.add(e);
                jms.send(e);
            }, run, 80, 1, Clock.systemUTC(), origin);
            try (StreamReader reader = new StreamReader(video.toString(), 10, 1).open()) {
                worker.analyse(reader);
            }
            jms.close(60);
            assertEquals(sent.size(), jms.sent(), "the broker took every event");
            assertEquals(0, jms.dropped());
        }
        List<DetectionJson.Event> violations = sent.stream().filter(e -> e.json().contains("\"violation\"")).toList();
        assertEquals(7, violations.size(), "violations seen: " + violations.stream().map(DetectionJson.Event::id).toList());
        assertTrue(violations.stream().allMatch(DetectionJson.Event::withImage));

        // each event stored once, through the JMS door; the violations with their snapshot
        Http operator = new Http();
        operator.login("operator", "demo");
        List<DetectionJson.Event> checked = new ArrayList<>(violations);
        checked.add(sent.get(0));
        checked.add(sent.get(sent.size() - 1));
        for (DetectionJson.Event e : checked) {
            String page = "";
            for (int i = 0; i < 80 && !page.contains("data-event-id=\"" + e.id() + "\""); i++) {
                Thread.sleep(250);
                page = operator.get("/console/cameras/index.xhtml?eventId=" + e.id()).body();
            }
            assertEquals(1, page.split("data-event-id=\"" + java.util.regex.Pattern.quote(e.id()) + "\"", -1).length - 1,
                    "stored once: " + e.id());
            assertTrue(page.contains("data-door=\"JMS\""), e.id());
        }

        // the violations wait for the job, which then processes them (no plate read: manual review)
        String page = officer.get(ViolationPages.PAGE).body();
        assertEquals(before + 7, ViolationPages.total(page, "candidates-NEW"));
        page = ViolationPages.runJob(officer);
        assertEquals(0, ViolationPages.total(page, "candidates-NEW"));
    }
}
