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

    /**
     * {@code count} speeding candidates as the console's import takes them (CSV): different plates of the series
     * {@code plateSeries} (e.g. {@code 25A}) over four cameras {@code cameraPrefix}0..3, an hour apart per
     * camera, so that none is a duplicate of another; each with a small evidence image and its SHA-256.
     */
    public static byte[] speedingCandidates(int count, String cameraPrefix, String plateSeries) throws Exception {
        byte[] evidence = "evidence-image-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(evidence));
        String base64 = java.util.Base64.getEncoder().encodeToString(evidence);
        StringBuilder csv = new StringBuilder(
                "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;place;evidence_base64;evidence_sha256\n");
        for (int i = 0; i < count; i++) {
            csv.append(cameraPrefix).append(i % 4).append(";SPEEDING;").append(plateSeries).append('-')
                    .append(String.format("%03d.%02d", i / 100, i % 100))
                    .append(";CAR;2026-11-2").append(1 + (i % 3)).append('T').append(String.format("%02d", (i / 4) % 24))
                    .append(":").append(String.format("%02d", (i / 96) % 60)).append(":00+07:00;80;50;QL4D;")
                    .append(base64).append(';').append(hash).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
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

    /** The id of the violation of {@code plate} on the review list. */
    public static long violationIdByPlate(String page, String plate) {
        Matcher m = Pattern.compile("data-violation=\"(\\d+)\" data-plate=\"" + Pattern.quote(plate) + "\"").matcher(page);
        assertTrue(m.find(), plate + " on the review list");
        return Long.parseLong(m.group(1));
    }

    /** The id (without the form prefix) of a control in a violation's row of the review form. */
    public static String control(String page, long violation, String control) {
        Matcher m = Pattern.compile("data-violation=\"" + violation + "\".*?id=\"review:([^\"]*:" + control + ")\"", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), control + " of " + violation);
        return m.group(1);
    }

    /** Imports a CSV on the violations page's form {@code form} ("vehicles", "candidates"). */
    public static String upload(Http officer, String page, String form, String csv) {
        return officer.submitMultipart(page, form, "import", Map.of(), Map.of(),
                java.util.List.of(new Http.Upload("file", form + ".csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .body();
    }
}
