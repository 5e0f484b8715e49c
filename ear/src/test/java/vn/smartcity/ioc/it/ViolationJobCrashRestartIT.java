package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.OwnServer;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.ViolationPages;

/**
 * A crash in the middle of violation-processing: the server JVM is killed (SIGKILL: no shutdown, the execution
 * stays STARTED in the job repository) and started again. The console then shows the execution as interrupted
 * with a restart button; the restart goes on from the checkpoints and every candidate ends up processed exactly
 * once. Then the schedule: candidates imported afterwards are processed by the automatic run (every minute on
 * the servers of these tests).
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ViolationJobCrashRestartIT extends OwnServer {

    static final String PAGE = "/console/violations/index.xhtml";
    static final int CANDIDATES = 6000;
    static final int SCHEDULED = 40;

    @Test
    void aJobCutOffByACrashIsRestartedFromTheConsoleAndProcessesEveryCandidateOnce() throws Exception {
        server.start(SERVER);
        deployer.deploy("ioc");
        try {
            Http officer = new Http();
            officer.login("traffic-officer", "demo");
            long before = total(officer.get(PAGE).body(), "violations");
            String imported = officer.submitMultipart(officer.get(PAGE).body(), "candidates", "import", Map.of(), Map.of(),
                    List.of(new Http.Upload("file", "candidates.csv", "text/csv",
                            ViolationPages.speedingCandidates(CANDIDATES, "CAM-CRASH-", "25B")))).body();
            assertTrue(imported.contains("Đã nhập dữ liệu:"), imported.substring(0, Math.min(2000, imported.length())));

            // small chunks, so that the kill comes long before the end of the job
            String page = officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "2", "itemCount", "50")).body();
            long execution = Long.parseLong(match(page, "Đã bắt đầu xử lý:.*?#(\\d+)"));
            long processedBefore = total(page, "candidates-PROCESSED");
            long processed = processedBefore;
            for (int i = 0; i < 400 && processed - processedBefore < 200; i++) {
                Thread.sleep(50);
                processed = total(officer.get(PAGE).body(), "candidates-PROCESSED");
            }
            assertTrue(processed - processedBefore >= 200, "the job got going");

            killServerJvm();
            server.kill(SERVER);
            server.start(SERVER);

            officer = new Http();
            officer.login("traffic-officer", "demo");
            page = officer.get(PAGE).body();
            long midway = total(page, "candidates-PROCESSED") - processedBefore;
            assertTrue(midway < CANDIDATES, "killed midway: " + midway + " of " + CANDIDATES + " processed");
            assertEquals("STARTED", match(page, "data-execution=\"" + execution + "\" data-status=\"([A-Z]+)\""),
                    "the repository still says STARTED");
            assertTrue(match(page, "data-execution=\"" + execution + "\"(.*?)</tr>").contains("bị gián đoạn"),
                    "the console says it was interrupted");

            String restartButton = match(page, "data-execution=\"" + execution + "\".*?id=\"executions:([^\"]*:restart)\"");
            page = officer.submit(page, "executions", restartButton, Map.of()).body();
            long restart = Long.parseLong(match(page, "Đã chạy lại:.*?→ #(\\d+)"));
            String status = "";
            for (int i = 0; i < 240 && !status.equals("COMPLETED"); i++) {
                Thread.sleep(500);
                page = officer.get(PAGE).body();
                status = match(page, "data-execution=\"" + restart + "\" data-status=\"([A-Z]+)\"");
            }
            assertEquals("COMPLETED", status);
            assertEquals(before + CANDIDATES, total(page, "violations"), "one violation per candidate");
            assertEquals(total(page, "violations"), total(page, "violations-distinct-candidates"), "no candidate twice");
            assertEquals(0, total(page, "candidates-NEW"), "none left");

            // the schedule (IOC_VIOLATION_EVERY_MINUTES=1 for these servers): new candidates are processed by an
            // execution nobody started, once the restarted one is over
            long violations = total(page, "violations");
            page = officer.submitMultipart(page, "candidates", "import", Map.of(), Map.of(),
                    List.of(new Http.Upload("file", "candidates.csv", "text/csv",
                            ViolationPages.speedingCandidates(SCHEDULED, "CAM-SCHED-", "25C")))).body();
            assertEquals(SCHEDULED, total(page, "candidates-NEW"));
            for (int i = 0; i < 180 && total(page, "candidates-NEW") > 0; i++) {
                Thread.sleep(1000);
                page = officer.get(PAGE).body();
            }
            assertEquals(0, total(page, "candidates-NEW"), "the schedule processed the new candidates within 3 min");
            assertEquals(violations + SCHEDULED, total(page, "violations"));
            Matcher automatic = Pattern.compile("data-execution=\"(\\d+)\" data-status=\"([A-Z]+)\"").matcher(page);
            boolean found = false;
            while (automatic.find()) {
                found |= Long.parseLong(automatic.group(1)) > restart;
            }
            assertTrue(found, "an execution after the restarted one, started by the schedule");
        } finally {
            deployer.undeploy("ioc");
            server.stop(SERVER);
        }
    }

    /** SIGKILL to the test server's JVM (found by its base directory): no shutdown hooks, no job bookkeeping. */
    private static void killServerJvm() throws Exception {
        String baseDir = "-Djboss.server.base.dir=" + System.getProperty("ioc.it.base.dir");
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(baseDir)).orElse(false)).toList();
        assertEquals(1, servers.size(), "one server JVM with " + baseDir);
        ProcessHandle jvm = servers.get(0);
        assertTrue(jvm.destroyForcibly(), "kill -9 sent");
        jvm.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static long total(String page, String key) {
        return ViolationPages.total(page, Pattern.quote(key));
    }

    private static String match(String page, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), regex + " in " + page.substring(0, Math.min(page.length(), 4000)));
        return m.group(1);
    }
}
