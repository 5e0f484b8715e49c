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
import vn.smartcity.ioc.it.support.ViolationPages;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * violation-processing stopped midway and restarted: every candidate is processed exactly once (as many
 * violations as candidates, no candidate twice, none left NEW), and the two executions together wrote each
 * candidate once.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class ViolationJobStoppedIT extends IocDeployment {

    static final String PAGE = "/console/violations/index.xhtml";
    static final int CANDIDATES = 6000;

    @Test
    void aStoppedJobRestartedProcessesEveryCandidateExactlyOnce() throws Exception {
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        long before = total(officer.get(PAGE).body(), "violations");

        String imported = officer.submitMultipart(officer.get(PAGE).body(), "candidates", "import", Map.of(), Map.of(),
                List.of(new Http.Upload("file", "candidates.csv", "text/csv",
                        ViolationPages.speedingCandidates(CANDIDATES, "CAM-STOP-", "25A")))).body();
        assertTrue(imported.contains("Đã nhập dữ liệu:"), imported.substring(0, Math.min(2000, imported.length())));

        // small chunks, so that the stop (at a chunk's end) comes long before the end of the job
        String page = officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "2", "itemCount", "50")).body();
        long execution = Long.parseLong(match(page, "Đã bắt đầu xử lý:.*?#(\\d+)"));
        long processedBefore = total(page, "candidates-PROCESSED");
        for (int i = 0; i < 400; i++) {
            page = officer.get(PAGE).body();
            // committed chunks are visible in the database while the job runs (the step's metrics come at its end);
            // the page's lists are read one after the other, so both counts are waited for
            if (total(page, "candidates-PROCESSED") - processedBefore >= 200 && partitionCount(page, execution, "read") > 0) {
                break;
            }
            Thread.sleep(50);
        }
        // the console shows each partition's progress while the job runs
        assertTrue(partitionCount(page, execution, "read") > 0, "live progress per partition");
        String stopButton = match(page, "data-execution=\"" + execution + "\".*?id=\"executions:([^\"]*:stop)\"");
        officer.submit(page, "executions", stopButton, Map.of());
        String status = "";
        for (int i = 0; i < 120 && !status.equals("STOPPED") && !status.equals("COMPLETED"); i++) {
            Thread.sleep(500);
            page = officer.get(PAGE).body();
            status = match(page, "data-execution=\"" + execution + "\" data-status=\"([A-Z]+)\"");
        }
        assertEquals("STOPPED", status, "stopped midway (the job was faster than the stop: make CANDIDATES larger)");
        long firstWritten = written(page, execution);
        assertTrue(firstWritten < CANDIDATES, "stopped before the end: " + firstWritten);
        assertEquals(firstWritten, partitionCount(page, execution, "written"), "the partitions' counts add up to the step's");
        assertEquals(2, count(page, "data-partition=\"" + execution + "-"), "two partitions");

        String restartButton = match(page, "data-execution=\"" + execution + "\".*?id=\"executions:([^\"]*:restart)\"");
        page = officer.submit(page, "executions", restartButton, Map.of()).body();
        long restart = Long.parseLong(match(page, "Đã chạy lại:.*?→ #(\\d+)"));
        status = "";
        for (int i = 0; i < 240 && !status.equals("COMPLETED"); i++) {
            Thread.sleep(500);
            page = officer.get(PAGE).body();
            status = match(page, "data-execution=\"" + restart + "\" data-status=\"([A-Z]+)\"");
        }
        assertEquals("COMPLETED", status);

        assertEquals(before + CANDIDATES, total(page, "violations"), "one violation per candidate");
        assertEquals(total(page, "violations"), total(page, "violations-distinct-candidates"), "no candidate twice");
        assertEquals(0, total(page, "candidates-NEW"), "none left");
        assertEquals(CANDIDATES, firstWritten + written(page, restart), "each candidate written once over both executions");
        assertEquals(written(page, restart), partitionCount(page, restart, "written"));
    }

    /** The sum of a count (read, written, skipped) over an execution's partitions on the console. */
    private static long partitionCount(String page, long execution, String what) {
        Matcher m = Pattern.compile("data-partition=\"" + execution + "-\\d+\"[^>]*data-" + what + "=\"(\\d+)\"").matcher(page);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    private static int count(String page, String what) {
        return page.split(Pattern.quote(what), -1).length - 1;
    }

    private static long written(String page, long execution) {
        return Long.parseLong(match(page, "data-execution=\"" + execution
                + "\" data-status=\"[A-Z]+\">\\s*<td>\\d+</td><td>[A-Z]+</td><td>[^<]*</td><td>\\d+</td><td>(\\d+)</td>"));
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
