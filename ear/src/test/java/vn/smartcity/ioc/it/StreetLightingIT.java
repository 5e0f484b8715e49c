package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.LiveFeed;
import vn.smartcity.ioc.it.support.TestBroker;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.lighting.domain.Daylight;
import vn.smartcity.ioc.lighting.domain.SunTable;
import vn.smartcity.ioc.simulator.GatewaySimulator;
import vn.smartcity.ioc.simulator.LightingGateway;

/**
 * Street lighting as its users walk it (issue #23): a supervisor imports groups, a cabinet and luminaires (a file
 * with bad lines is refused whole, nothing stored); the page shows each luminaire's planned level from its group's
 * calendar and its day's curve with the switch at the place's own sunset; the gateway gets its schedule; an
 * operator's override wins until it is ended and goes to the gateway as a command, sent again until acknowledged,
 * its end as a resume, and a command of an override ended before any answer expires; a gateway's telemetry over MQTT (a real Mosquitto) changes the luminaires' state, a lamp failure becomes
 * a fault on the page, a live alert and a maintenance incident for the department that maintains the lighting,
 * and a later reading clears it; junk goes to the dead letters with its reason; a gateway cannot report another
 * gateway's luminaires; a handler of another department does not see the lighting.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class StreetLightingIT extends IocDeployment {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PAGE = "/console/lighting/index.xhtml";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String group = "G-IT-" + run;
    private final String cabinet = "TD-IT-" + run;
    private final String gateway = "gw-it-" + run;
    private final String lamp1 = "LC-IT-" + run + "-1";
    private final String lamp2 = "LC-IT-" + run + "-2";

    @Test
    void importedLuminairesFollowTheirCalendarAnOverrideAndReportFaultsThatBecomeIncidents() throws Exception {
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");

        // the register: groups, a cabinet, then luminaires; a bad file is refused whole
        String page = upload(supervisor, "groups", "code;name_vi;name_en;calendar\n" + group + ";Nhóm đường Trần Phú;Tran Phu road;CAL-CITY\n");
        assertTrue(page.contains("1 mới, 0 cập nhật"), message(page));
        page = upload(supervisor, "cabinets", "code;name;latitude;longitude;ward;feeder;meter;gateway\n"
                + cabinet + ";Tủ Trần Phú;22.3955;103.4598;TAN_PHONG;F1;CT-01;" + gateway + "\n");
        assertTrue(page.contains("1 mới, 0 cập nhật"), message(page));
        String header = "code;latitude;longitude;ward;road;model;technology;power_w;dimmable;gateway;group;cabinet\n";
        page = upload(supervisor, "luminaires", header
                + lamp1 + ";22.3950;103.4600;TAN_PHONG;Trần Phú;LED-100;LED;100;yes;" + gateway + ";" + group + ";" + cabinet + "\n"
                + lamp2 + ";22.3952;103.4603;TAN_PHONG;Trần Phú;LED-100;LED;100;yes;" + gateway + ";NO-SUCH-GROUP;" + cabinet + "\n"
                + "LC-IT-" + run + "-3;52.52;13.40;TAN_PHONG;Berlin;LED;LED;100;yes;" + gateway + ";" + group + ";\n");
        assertTrue(page.contains("Không nhập gì"), message(page));
        assertTrue(page.contains("Dòng 3: Không có nhóm NO-SUCH-GROUP") && page.contains("Dòng 4: Vị trí 52.52, 13.4 không nằm trong Việt Nam"),
                message(page));
        assertFalse(supervisor.get(PAGE + "?group=" + group).body().contains("data-luminaire=\"" + lamp1 + "\""),
                "nothing of a refused file is stored");
        page = upload(supervisor, "luminaires", header
                + lamp1 + ";22.3950;103.4600;TAN_PHONG;Trần Phú;LED-100;LED;100;yes;" + gateway + ";" + group + ";" + cabinet + "\n"
                + lamp2 + ";22.3952;103.4603;TAN_PHONG;Trần Phú;LED-100;LED;100;yes;" + gateway + ";" + group + ";" + cabinet + "\n");
        assertTrue(page.contains("2 mới, 0 cập nhật"), message(page));

        // the plan: the group's calendar, and the curve switches at the luminaire's own sunset
        page = supervisor.get(PAGE + "?group=" + group).body();
        assertTrue(row(page, lamp1).contains("data-source=\"PROGRAM\"") && row(page, lamp1).contains("data-state=\"UNKNOWN\""), row(page, lamp1));
        LocalDate today = LocalDate.now(VIETNAM);
        Daylight day = SunTable.at(today, 22.3950, 103.4600);
        String curve = supervisor.get(PAGE + "?luminaire=" + lamp1 + "&day=" + today).body();
        assertTrue(curve.contains("data-from=\"" + day.sunset() + "\" data-level=\"100\" data-source=\"PROGRAM\""), curve);
        assertTrue(curve.contains("data-from=\"" + day.sunrise() + "\" data-level=\"0\" data-source=\"PROGRAM\""), curve);

        // telemetry over MQTT
        Assumptions.assumeTrue(TestBroker.available() || Boolean.getBoolean("ioc.test.mosquitto.required"),
                "Debian's mosquitto is not installed");
        try (TestBroker broker = new TestBroker(18830); LiveFeed feed = LiveFeed.open(supervisorFeed())) {
            broker.start();
            String topic = "ioc/lighting/" + gateway + "/telemetry";
            Gateway gw = new Gateway(broker, gateway);
            // until the bridge is subscribed: a reading of lamp 2 (on, full, as rated) shows on the page
            await(() -> {
                publish(broker, topic, compact(lamp2, Instant.now(), true, 100, 98.0, false));
                return supervisor.get(PAGE + "?group=" + group).body();
            }, p -> row(p, lamp2).contains("data-state=\"ON\""));

            // the import queued the gateway's schedule: two days of steps, full at the luminaire's sunset; acknowledged
            String schedule = gw.next(m -> m.contains("\"kind\":\"schedule\""));
            assertTrue(schedule.contains("\"luminaires\":[\"" + lamp1 + "\",\"" + lamp2 + "\"]"), schedule);
            assertTrue(schedule.contains("{\"at\":\"" + day.sunset() + "+07:00\",\"level\":100}"), schedule);
            String scheduleId = commandId(schedule);
            gw.ack(scheduleId, "ok");
            await(() -> supervisor.get(PAGE).body(), p -> p.contains("data-command=\"" + scheduleId + "\"")
                    && commandRow(p, scheduleId).contains("data-state=\"ACKNOWLEDGED\""));

            // an operator's override for the group wins until it is ended
            Http operator = new Http();
            operator.login("operator", "demo");
            String until = java.time.LocalDateTime.now(VIETNAM).plusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
            page = operator.submit(operator.get(PAGE).body(), "override", "add",
                        Map.of("target", "GROUP", "code", group, "level", "37", "until", until, "reason", "thử nghiệm điều khiển")).body();
            assertTrue(page.contains("Đã thêm lệnh điều khiển"), message(page));
            page = operator.get(PAGE + "?group=" + group).body();
            assertTrue(row(page, lamp1).contains("data-planned=\"37\" data-source=\"OVERRIDE\""), row(page, lamp1));
            // the override goes to the gateway, and again (same command id) while it is not acknowledged
            String command = gw.next(m -> m.contains("\"kind\":\"override\"") && m.contains("\"level\":37"));
            assertTrue(command.contains("\"luminaires\":[\"" + lamp1 + "\",\"" + lamp2 + "\"]") && command.contains("thử nghiệm"), command);
            String overrideCommand = commandId(command);
            gw.next(m -> m.contains(overrideCommand));
            gw.ack(overrideCommand, "ok");
            String acknowledged = await(() -> operator.get(PAGE).body(),
                    p -> commandRow(p, overrideCommand).contains("data-state=\"ACKNOWLEDGED\""));
            assertTrue(Integer.parseInt(attribute(commandRow(acknowledged, overrideCommand), "data-attempts")) >= 2,
                    commandRow(acknowledged, overrideCommand));
            page = operator.submit(operator.get(PAGE).body(), "override", "add",
                        Map.of("target", "GROUP", "code", group, "level", "50", "until", until, "reason", "")).body();
            assertTrue(page.contains("Lệnh điều khiển bị từ chối") && page.contains("Nêu lý do"), message(page));
            Matcher added = Pattern.compile("data-override=\"(\\d+)\" data-target=\"GROUP\" data-code=\"" + group + "\"").matcher(page);
            assertTrue(added.find(), page);
            String listPage = operator.get(PAGE).body();
            int index = overrideIndex(listPage, added.group(1));
            page = operator.submit(listPage, "overrides", "rows:" + index + ":end", Map.of()).body();
            assertTrue(page.contains("Đã kết thúc lệnh điều khiển"), message(page));
            assertTrue(row(operator.get(PAGE + "?group=" + group).body(), lamp1).contains("data-source=\"PROGRAM\""));
            String resume = gw.next(m -> m.contains("\"kind\":\"resume\"") && m.contains("\"override\":" + added.group(1)));
            assertTrue(resume.contains(lamp1), resume);
            // an override ended before its gateway answered: its command expires unanswered
            page = operator.submit(operator.get(PAGE).body(), "override", "add",
                    Map.of("target", "LUMINAIRE", "code", lamp2, "level", "0", "until", until, "reason", "thay bóng")).body();
            Matcher second = Pattern.compile("data-override=\"(\\d+)\" data-target=\"LUMINAIRE\" data-code=\"" + lamp2 + "\"").matcher(page);
            assertTrue(second.find(), page);
            String unanswered = commandId(gw.next(m -> m.contains("\"kind\":\"override\"") && m.contains("\"override\":" + second.group(1))));
            listPage = operator.get(PAGE).body();
            operator.submit(listPage, "overrides", "rows:" + overrideIndex(listPage, second.group(1)) + ":end", Map.of());
            assertTrue(commandRow(operator.get(PAGE).body(), unanswered).contains("data-state=\"EXPIRED\""),
                    commandRow(operator.get(PAGE).body(), unanswered));


            // another gateway cannot report this gateway's luminaires; junk goes to the dead letters
            publish(broker, "ioc/lighting/gw-other-" + run + "/telemetry", compact(lamp1, Instant.now(), false, 0, 0.0, false));
            publish(broker, topic, "{\"version\":1,\"readings\":[{\"luminaire\":\"" + lamp1 + "\",\"at\":\"yesterday\"}]}");
            publish(broker, topic, "not json " + run);
            page = await(() -> supervisor.get(PAGE).body(), p -> p.contains("not JSON") && p.contains("the time yesterday is not"));
            assertTrue(page.contains("data-topic=\"" + topic + "\""), page);
            assertTrue(row(supervisor.get(PAGE + "?group=" + group).body(), lamp1).contains("data-state=\"UNKNOWN\""),
                    "the other gateway's reading and the junk changed nothing");

            // a lamp failure: a fault, a live alert, an incident of the lighting department; then cleared
            Instant failedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            publish(broker, topic, compact(lamp1, failedAt, false, 0, 0.0, true));
            page = await(() -> supervisor.get(PAGE).body(), p -> p.contains("data-kind=\"LAMP_FAILURE\" data-code=\"" + lamp1 + "\""));
            String alert = feed.await(m -> m.contains("\"kind\":\"lighting-fault\"") && m.contains(lamp1), 30);
            assertTrue(alert.contains("\"faultKind\":\"LAMP_FAILURE\"") && alert.contains("\"departmentCode\":\"SXD\""), alert);
            page = await(() -> supervisor.get(PAGE).body(), p -> faultRow(p, lamp1).contains("/console/incidents/incident"));
            Matcher incident = Pattern.compile("id=(\\d+)").matcher(faultRow(page, lamp1));
            assertTrue(incident.find(), faultRow(page, lamp1));
            String detail = supervisor.get("/console/incidents/incident.xhtml?id=" + incident.group(1)).body();
            assertTrue(detail.contains("Hỏng bóng đèn: đèn " + lamp1) && detail.contains("SXD"), detail.substring(Math.max(0, detail.indexOf("<main"))));
            publish(broker, topic, compact(lamp1, failedAt.plusSeconds(60), true, 100, 99.0, false));
            await(() -> supervisor.get(PAGE).body(), p -> !p.contains("data-kind=\"LAMP_FAILURE\" data-code=\"" + lamp1 + "\""));
            page = supervisor.get(PAGE + "?group=" + group).body();
            assertTrue(row(page, lamp1).contains("data-state=\"ON\""));
            // on the page's map: amber, on
            assertTrue(Pattern.compile("data-map-luminaire=\"" + Pattern.quote(lamp1) + "\"[^>]*data-color=\"#e0a800\"").matcher(page).find(), page);
        }

        // a handler sees the lighting only if their department maintains it
        Http police = new Http();
        police.login("police-handler", "demo");
        page = police.get(PAGE).body();
        assertTrue(page.contains("id=\"notReadable\"") && !page.contains("data-luminaire="), page);
        Http construction = new Http();
        construction.login("handler", "demo");
        assertTrue(construction.get(PAGE + "?group=" + group).body().contains("data-luminaire=\"" + lamp1 + "\""));
    }

    @Test
    void theGatewaySimulatorFollowsItsScheduleFailsALampAndLosesNothingWhileOffline() throws Exception {
        Assumptions.assumeTrue(TestBroker.available() || Boolean.getBoolean("ioc.test.mosquitto.required"),
                "Debian's mosquitto is not installed");
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String simGroup = "G-SIM-" + run;
        String simGateway = "gw-sim-" + run;
        String a = "LC-SIM-" + run + "-A";
        String b = "LC-SIM-" + run + "-B";
        upload(supervisor, "groups", "code;name_vi;name_en;calendar\n" + simGroup + ";Nhóm mô phỏng;Simulated;CAL-CITY\n");
        String register = "code;latitude;longitude;ward;road;model;technology;power_w;dimmable;gateway;group;cabinet\n"
                + a + ";22.3940;103.4610;DOAN_KET;Lê Lợi;LED-120;LED;120;yes;" + simGateway + ";" + simGroup + ";\n"
                + b + ";22.3942;103.4612;DOAN_KET;Lê Lợi;LED-120;LED;120;yes;" + simGateway + ";" + simGroup + ";\n";
        assertTrue(upload(supervisor, "luminaires", register).contains("2 mới, 0 cập nhật"));
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("register", ".csv");
        java.nio.file.Files.writeString(csv, register);
        try (TestBroker broker = new TestBroker(18830)) {
            broker.start();
            try (GatewaySimulator sim = new GatewaySimulator(broker.url(), "ioc/lighting",
                    LightingGateway.fromRegister(simGateway, csv), Duration.ofSeconds(2))) {
                sim.start();
                // the schedule the import queued reaches the simulator, which follows it: on where the plan says on
                await(() -> supervisor.get(PAGE).body(), p -> p.contains("data-gateway=\"" + simGateway + "\" data-kind=\"SCHEDULE\"")
                        && commandRowOf(p, simGateway).contains("data-state=\"ACKNOWLEDGED\""));
                String page = await(() -> supervisor.get(PAGE + "?group=" + simGroup).body(),
                        p -> !row(p, a).contains("data-state=\"UNKNOWN\"") && sim.gateway().scheduled(a, Instant.now()));
                int planned = Integer.parseInt(attribute(row(page, a), "data-planned"));
                assertEquals(planned > 0 ? "ON" : "OFF", attribute(row(page, a), "data-state"), row(page, a));

                // a lamp fails: a fault
                publish(broker, "ioc/lighting/" + simGateway + "/simulator", "{\"fail\":\"" + a + "\"}");
                await(() -> supervisor.get(PAGE).body(), p -> p.contains("data-kind=\"LAMP_FAILURE\" data-code=\"" + a + "\""));

                // offline for a minute: its reports are kept, a command waits at the broker; back, nothing is lost
                int before = sim.published();
                sim.offline(Duration.ofSeconds(60));
                Instant away = Instant.now();
                sim.gateway().control("{\"repair\":\"" + a + "\"}");
                Http operator = new Http();
                operator.login("operator", "demo");
                String until = java.time.LocalDateTime.now(VIETNAM).plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
                page = operator.submit(operator.get(PAGE).body(), "override", "add",
                        Map.of("target", "LUMINAIRE", "code", b, "level", "40", "until", until, "reason", "kiểm tra khi mất kết nối")).body();
                assertTrue(page.contains("Đã thêm lệnh điều khiển"), message(page));
                Thread.sleep(10_000);
                assertEquals(before, sim.published(), "nothing published while offline");
                page = await(() -> supervisor.get(PAGE).body(), p -> !p.contains("data-kind=\"LAMP_FAILURE\" data-code=\"" + a + "\""));
                assertTrue(sim.published() - before >= 25, "the kept reports of the minute were sent: " + (sim.published() - before));
                assertTrue(Duration.between(away, Instant.now()).toSeconds() >= 60, "cleared only when it was back");
                String override = await(() -> supervisor.get(PAGE).body(), p -> p.contains("data-gateway=\"" + simGateway + "\" data-kind=\"OVERRIDE\"")
                        && commandRowOf(p, simGateway, "OVERRIDE").contains("data-state=\"ACKNOWLEDGED\""));
                assertTrue(commandRowOf(override, simGateway, "OVERRIDE").contains("data-gateway"));
                assertEquals(40, sim.gateway().level(b, Instant.now()), "the command sent while it was away was followed");
            }
        }
    }

    @Test
    void aSupervisorWritesAProgramACalendarAndASpecialDayAndThePreviewFollows() throws Exception {
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String programs = "/console/lighting/programs.xhtml";
        String program = "P-IT-" + run;
        String calendar = "CAL-IT-" + run;
        String page = supervisor.submit(supervisor.get(programs).body(), "program", "save",
                Map.of("code", program, "nameVi", "Thử", "nameEn", "Test", "points", "sunset=120")).body();
        assertTrue(page.contains("Không lưu được chương trình") && page.contains("Mức sáng từ 0 (tắt) đến 100"), message(page));
        page = supervisor.submit(supervisor.get(programs).body(), "program", "save",
                Map.of("code", program, "nameVi", "Thử", "nameEn", "Test", "points", "sunrise+10=0; sunset-30=80")).body();
        assertTrue(page.contains("Đã lưu chương trình") && page.contains("data-program=\"" + program + "\" data-points=\"sunrise+10=0; sunset-30=80\""),
                message(page));
        page = supervisor.submit(supervisor.get(programs).body(), "calendar", "save",
                Map.of("code", calendar, "nameVi", "Lịch thử", "nameEn", "Test calendar", "rules", "MON-XYZ;;;" + program)).body();
        assertTrue(page.contains("Không lưu được lịch") && page.contains("Dòng 1 của lịch"), message(page));
        page = supervisor.submit(supervisor.get(programs).body(), "calendar", "save",
                Map.of("code", calendar, "nameVi", "Lịch thử", "nameEn", "Test calendar", "rules", "*;;;" + program)).body();
        assertTrue(page.contains("Đã lưu lịch"), message(page));

        LocalDate tomorrow = LocalDate.now(VIETNAM).plusDays(1);
        Daylight day = SunTable.at(tomorrow, 22.3964, 103.4582);
        String preview = programs + "?previewCalendar=" + calendar + "&previewDay=" + tomorrow;
        page = supervisor.get(preview).body();
        assertTrue(page.contains("data-from=\"" + day.sunset().minusMinutes(30) + "\" data-level=\"80\" data-source=\"PROGRAM\""), page);
        assertTrue(page.contains("data-from=\"" + day.sunrise().plusMinutes(10) + "\" data-level=\"0\" data-source=\"PROGRAM\""), page);

        page = supervisor.submit(supervisor.get(programs).body(), "day", "add", Map.of("date", tomorrow.toString(), "calendar", calendar,
                "nameVi", "Lễ hội thử", "nameEn", "Test festival", "program", "P-FESTIVAL")).body();
        assertTrue(page.contains("Đã thêm ngày đặc biệt"), message(page));
        page = supervisor.submit(supervisor.get(programs).body(), "day", "add", Map.of("date", tomorrow.toString(), "calendar", calendar,
                "nameVi", "Lần nữa", "nameEn", "Again", "program", "P-FESTIVAL")).body();
        assertTrue(page.contains("Ngày đặc biệt bị từ chối") && page.contains("đã là ngày đặc biệt"), message(page));
        page = supervisor.get(preview).body();
        assertTrue(page.contains("data-from=\"" + day.sunset().minusMinutes(15) + "\" data-level=\"100\" data-source=\"SPECIAL_DAY\""), page);

        String list = supervisor.get(programs).body();
        Matcher rows = Pattern.compile("<tr data-special-day=\"([^\"]+)\" data-scope=\"([^\"]+)\"").matcher(list);
        int index = -1;
        for (int i = 0; rows.find(); i++) {
            if (rows.group(1).equals(tomorrow.toString()) && rows.group(2).equals(calendar)) {
                index = i;
            }
        }
        assertTrue(index >= 0, list);
        page = supervisor.submit(list, "days", "rows:" + index + ":remove", Map.of()).body();
        assertTrue(page.contains("Đã xóa ngày đặc biệt"), message(page));
        assertTrue(supervisor.get(preview).body().contains("data-level=\"80\" data-source=\"PROGRAM\""));

        // more luminaires than a page: the page and its next page open (a pager link without a filter)
        String many = "G-MANY-" + run;
        upload(supervisor, "groups", "code;name_vi;name_en;calendar\n" + many + ";Nhiều đèn;Many;" + calendar + "\n");
        StringBuilder register = new StringBuilder("code;latitude;longitude;ward;road;model;technology;power_w;dimmable;gateway;group;cabinet\n");
        for (int i = 0; i < 55; i++) {
            register.append("LC-MANY-").append(run).append('-').append(i).append(";22.39;103.46;;Đường thử;LED;LED;60;no;gw-many-")
                    .append(run).append(';').append(many).append(";\n");
        }
        assertTrue(upload(supervisor, "luminaires", register.toString()).contains("55 mới, 0 cập nhật"));
        var first = supervisor.get(PAGE);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("page=1"), "a link to the next page");
        var second = supervisor.get(PAGE + "?page=1");
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("data-luminaire="), second.body());

        // an operator reads them, without the forms
        Http operator = new Http();
        operator.login("operator", "demo");
        page = operator.get(programs).body();
        assertTrue(page.contains("data-program=\"" + program + "\"") && !page.contains("id=\"program\""), page);
    }

    private static String commandRowOf(String page, String gateway) {
        return commandRowOf(page, gateway, "SCHEDULE");
    }

    private static String commandRowOf(String page, String gateway, String kind) {
        Matcher m = Pattern.compile("<tr data-command=\"[0-9a-f-]{36}\" data-gateway=\"" + Pattern.quote(gateway)
                + "\" data-kind=\"" + kind + "\"[\\s\\S]*?</tr>").matcher(page);
        return m.find() ? m.group() : "(no " + kind + " command for " + gateway + ")";
    }

    private Http supervisorFeed() {
        Http h = new Http();
        h.login("supervisor", "demo");
        return h;
    }

    /** A gateway of the test: subscribed to its commands, answers them. */
    private static final class Gateway {
        private final MqttClient client;
        private final String name;
        private final java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();

        Gateway(TestBroker broker, String name) throws Exception {
            this.name = name;
            client = new MqttClient(broker.url(), "gw-it-" + UUID.randomUUID(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            client.connect(options);
            client.subscribe("ioc/lighting/" + name + "/commands", 1,
                    (topic, message) -> received.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
        }

        String next(Predicate<String> wanted) throws InterruptedException {
            Instant until = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(until)) {
                String m = received.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (m != null && wanted.test(m)) {
                    return m;
                }
            }
            throw new AssertionError("no such command within " + PATIENCE);
        }

        void ack(String commandId, String status) throws Exception {
            client.publish("ioc/lighting/" + name + "/acks", ("{\"commandId\":\"" + commandId + "\",\"status\":\"" + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8), 1, false);
        }
    }

    private static String commandId(String message) {
        Matcher m = Pattern.compile("\"commandId\":\"([0-9a-f-]{36})\"").matcher(message);
        assertTrue(m.find(), message);
        return m.group(1);
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private static String commandRow(String page, String id) {
        Matcher m = Pattern.compile("<tr data-command=\"" + Pattern.quote(id) + "\"[\\s\\S]*?</tr>").matcher(page);
        return m.find() ? m.group() : "(no command " + id + ")";
    }

    private static String upload(Http staff, String kind, String csv) {
        return staff.submitMultipart(staff.get(PAGE).body(), "import", "upload", Map.of("kind", kind), Map.of(),
                List.of(new Http.Upload("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))).body();
    }

    private static String compact(String luminaire, Instant at, boolean on, int level, double power, boolean lampFailure) {
        return "{\"version\":1,\"readings\":[{\"luminaire\":\"" + luminaire + "\",\"at\":\"" + at.atZone(VIETNAM).toOffsetDateTime()
                + "\",\"on\":" + on + ",\"level\":" + level + ",\"powerW\":" + power + ",\"lampFailure\":" + lampFailure
                + ",\"supplyLoss\":false}]}";
    }

    private static void publish(TestBroker broker, String topic, String payload) throws Exception {
        MqttClient client = new MqttClient(broker.url(), "gateway-it-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        client.disconnect();
        client.close();
    }

    private static String row(String page, String luminaire) {
        Matcher m = Pattern.compile("<tr data-luminaire=\"" + Pattern.quote(luminaire) + "\"[\\s\\S]*?</tr>").matcher(page);
        return m.find() ? m.group() : "(no row for " + luminaire + ")";
    }

    private static String faultRow(String page, String code) {
        Matcher m = Pattern.compile("<tr data-fault=\"\\d+\" data-kind=\"LAMP_FAILURE\" data-code=\"" + Pattern.quote(code) + "\"[\\s\\S]*?</tr>").matcher(page);
        return m.find() ? m.group() : "(no fault row for " + code + ")";
    }

    /** The row index of an override in the list's table (the End button's id is overrides:<index>:end). */
    private static int overrideIndex(String page, String id) {
        Matcher rows = Pattern.compile("<tr data-override=\"(\\d+)\"").matcher(page);
        int i = 0;
        while (rows.find()) {
            if (rows.group(1).equals(id)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("no override " + id + " on the page");
    }

    private static String message(String page) {
        int at = page.indexOf("ioc-messages");
        return at < 0 ? page.substring(0, Math.min(3000, page.length())) : page.substring(at, Math.min(page.length(), at + 2000));
    }

    private static String await(Callable<String> page, Predicate<String> done) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        String last = page.call();
        while (!done.test(last)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not seen within " + PATIENCE + ": " + last.substring(Math.max(0, last.indexOf("<main"))));
            }
            Thread.sleep(500);
            last = page.call();
        }
        return last;
    }
}
