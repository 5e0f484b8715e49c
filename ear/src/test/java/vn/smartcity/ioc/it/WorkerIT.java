package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
        Map<Long, String> waitingBefore = waiting(officer.get(PLATES).body());

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

        // the violations wait for the job; the worker reads no plate, so the job puts them in the officers' queue
        String page = officer.get(ViolationPages.PAGE).body();
        assertEquals(before + 7, ViolationPages.total(page, "candidates-NEW"));
        page = ViolationPages.runJob(officer);
        assertEquals(0, ViolationPages.total(page, "candidates-NEW"));
        Map<Long, String> mine = waiting(officer.get(PLATES).body());
        mine.keySet().removeAll(waitingBefore.keySet());
        assertEquals(7, mine.size(), "the run's 7 candidates wait for their plates: " + mine);
        long redLight = mine.entrySet().stream().filter(e -> e.getValue().equals("RED_LIGHT")).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("a red light among " + mine));
        List<Long> others = mine.keySet().stream().filter(id -> id != redLight).sorted().toList();

        // the officer reads the red-light car's plate from the image (the car is in the registry)
        String plate = String.format("25A-%03d.%02d", (int) (System.nanoTime() % 1000), (int) (System.nanoTime() / 1000 % 100));
        ViolationPages.upload(officer, officer.get(ViolationPages.PAGE).body(), "vehicles",
                "plate;vehicle_class;owner_name;owner_address\n" + plate + ";CAR;Lò Văn Đèn;Tổ 5, phường Tân Phong, Lai Châu\n");
        String plates = officer.get(PLATES).body();
        assertEquals(200, officer.getBytes("/console/violations/evidence/" + redLight).statusCode(), "the image to read it from");
        plates = officer.submit(plates, "plates", control(plates, others.get(0), "enter"),
                Map.of(control(plates, others.get(0), "plate"), "not a plate")).body();
        assertTrue(plates.contains("Đây không phải biển số Việt Nam"), "a wrong plate is refused, in Vietnamese");
        assertTrue(waiting(plates).containsKey(others.get(0)), "and nothing changed");
        plates = officer.submit(plates, "plates", control(plates, others.get(1), "reject"),
                Map.of(control(plates, others.get(1), "reason"), "Không thấy biển số trên ảnh")).body();
        assertTrue(plates.contains("Đã từ chối trường hợp"), plates);
        plates = officer.submit(plates, "plates", control(plates, redLight, "enter"),
                Map.of(control(plates, redLight, "plate"), plate.toLowerCase().replace("-", " "))).body();
        assertTrue(plates.contains("Đã lưu biển số"), plates);
        assertFalse(waiting(plates).containsKey(redLight) || waiting(plates).containsKey(others.get(1)), "no longer waiting");

        // the job takes it again: a violation of the registry's car, fined by the schedule, for the officers' review
        page = ViolationPages.runJob(officer);
        page = officer.get(ViolationPages.PAGE).body();
        long violation = ViolationPages.violationIdByPlate(page, plate);
        assertTrue(page.contains("data-violation=\"" + violation + "\" data-plate=\"" + plate + "\" data-state=\"AWAITING_REVIEW\""), page);
        page = officer.submit(page, "review", ViolationPages.control(page, violation, "confirm"), Map.of()).body();
        Http second = new Http();
        second.login("traffic-officer-2", "demo");
        String other = second.get(ViolationPages.PAGE).body();
        other = second.submit(other, "review", ViolationPages.control(other, violation, "confirm"), Map.of()).body();
        assertFalse(other.contains("data-violation=\"" + violation + "\""), "confirmed by the second officer: reviewed");

        // and the citizen finds the confirmed red light of the plate
        String found = Http.from("203.0.113.91").get("/portal/violations.xhtml?plate="
                + java.net.URLEncoder.encode(plate, java.nio.charset.StandardCharsets.UTF_8) + "&class=CAR").body();
        assertTrue(found.contains("data-kind=\"RED_LIGHT\""), "the worker's red light, reviewed, as a fine: " + found);
    }

    static final String PLATES = "/console/violations/plates.xhtml";

    /** The candidates waiting for their plate on the officers' queue: id -> kind. */
    private static Map<Long, String> waiting(String page) {
        Map<Long, String> found = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-candidate=\"(\\d+)\" data-kind=\"([A-Z_]+)\"").matcher(page);
        while (m.find()) {
            found.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return found;
    }

    /** The id (without the form prefix) of a control in a candidate's row of the plate queue. */
    private static String control(String page, long candidate, String control) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-candidate=\"" + candidate + "\".*?id=\"plates:([^\"]*:"
                + control + ")\"", java.util.regex.Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), control + " of " + candidate);
        return m.group(1);
    }
}
