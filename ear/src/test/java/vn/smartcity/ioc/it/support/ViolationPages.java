package vn.smartcity.ioc.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The traffic officer's violations console: candidate totals, and running the violation job to its end. */
public final class ViolationPages {

    public static final String PAGE = "/console/violations/index.xhtml";

    private ViolationPages() {
    }

    /** A total shown on the page (e.g. {@code candidates-NEW}), 0 when absent. */
    public static long total(String page, String key) {
        Matcher m = Pattern.compile("data-total=\"" + key + "\">(\\d+)<").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Starts the violation-processing job from the page, waits until it completed; returns the page then. */
    public static String runJob(Http officer) throws InterruptedException {
        String page = officer.submit(officer.get(PAGE).body(), "job", "start", Map.of("partitions", "1")).body();
        Matcher started = Pattern.compile("Đã bắt đầu xử lý:.*?#(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(started.find(), page);
        String status = "";
        for (int i = 0; i < 60 && !status.equals("COMPLETED"); i++) {
            Thread.sleep(1000);
            page = officer.get(PAGE).body();
            Matcher m = Pattern.compile("data-execution=\"" + started.group(1) + "\" data-status=\"([A-Z]+)\"").matcher(page);
            status = m.find() ? m.group(1) : "";
        }
        assertEquals("COMPLETED", status);
        return page;
    }
}
