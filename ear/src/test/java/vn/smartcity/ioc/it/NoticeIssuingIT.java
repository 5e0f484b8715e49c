package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PhotoFiles;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.ViolationPages;

/**
 * notice-issuing: a confirmed violation becomes a PDF penalty notice in Vietnamese (with its evidence image),
 * the violation is NOTICE_ISSUED, and the job's CSV and XML exports are written, the XML valid against
 * penalty-notices-1.xsd; a second run issues nothing twice.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class NoticeIssuingIT extends IocDeployment {

    @Test
    void aConfirmedViolationBecomesANoticeAndAnExportThatValidates() throws Exception {
        Http officer = new Http();
        officer.login("traffic-officer", "demo");
        String plate = "25-H1 " + (100 + (int) (Math.random() * 899)) + "." + (10 + (int) (Math.random() * 89));
        byte[] image = PhotoFiles.read("flood-tan-phong-gps.jpg");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
        upload(officer, "vehicles", "plate;vehicle_class;owner_name;owner_address\n"
                + plate + ";MOTORBIKE;Giàng Thị Hoa;Bản Nà Nọi, phường Đoàn Kết, Lai Châu\n");
        upload(officer, "candidates", "camera_code;violation_kind;plate_text;vehicle_class;observed_at;speed_kmh;limit_kmh;"
                + "place;evidence_base64;evidence_sha256\nCAM-NOTICE;NO_HELMET;" + plate + ";MOTORBIKE;2026-11-22T07:30:00+07:00;;;"
                + "Đường Trần Hưng Đạo, phường Tân Phong;" + Base64.getEncoder().encodeToString(image) + ";" + hash);
        String page = ViolationPages.runJob(officer);
        Matcher row = Pattern.compile("data-violation=\"(\\d+)\" data-plate=\"" + Pattern.quote(plate)
                + "\" data-state=\"AWAITING_REVIEW\"").matcher(page);
        assertTrue(row.find(), page);
        String violation = row.group(1);
        Matcher confirm = Pattern.compile("data-violation=\"" + violation + "\"[\\s\\S]*?name=\"(review:[^\"]*:confirm)\"").matcher(page);
        assertTrue(confirm.find(), page);
        page = officer.submit(page, "review", "x", Map.of(), Map.of(confirm.group(1), "x")).body();

        page = officer.submit(officer.get(ViolationPages.PAGE).body(), "notices", "start", Map.of()).body();
        Matcher started = Pattern.compile("Đã bắt đầu lập thông báo.*?#(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(started.find(), page);
        String status = "";
        for (int i = 0; i < 60 && !status.equals("COMPLETED"); i++) {
            Thread.sleep(1000);
            page = officer.get(ViolationPages.PAGE).body();
            Matcher m = Pattern.compile("data-notice-execution=\"" + started.group(1) + "\" data-status=\"([A-Z]+)\"").matcher(page);
            status = m.find() ? m.group(1) : "";
        }
        assertEquals("COMPLETED", status, page);
        Matcher notice = Pattern.compile("data-notice=\"(LC-2026-\\d{8})\" data-violation=\"" + violation + "\" data-job=\"(\\d+)\"")
                .matcher(page);
        assertTrue(notice.find(), page);
        assertEquals(String.format("LC-2026-%08d", Long.parseLong(violation)), notice.group(1));

        // the PDF: Vietnamese text with the owner, the plate, the violation, the legal basis; the evidence image
        HttpResponse<byte[]> pdf = officer.getBytes("/console/violations/notice/" + violation);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Files.write(Path.of("target", "penalty-notice-example.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("THÔNG BÁO"), text);
            assertTrue(text.contains("Giàng Thị Hoa"), text);
            assertTrue(text.contains(plate), text);
            assertTrue(text.contains("Không đội mũ bảo hiểm"), text);
            assertTrue(text.contains("Số: " + notice.group(1)), text);
            assertTrue(text.contains("Nghị định số 168/2024/NĐ-CP"), text);
            assertEquals(1, doc.getNumberOfPages());
            var images = doc.getPage(0).getResources().getXObjectNames();
            assertTrue(images.iterator().hasNext(), "the evidence image is on the notice");
        }

        // the export for the traffic police system: CSV and XML, the XML valid against its schema
        Path exports = Path.of(System.getProperty("ioc.it.base.dir"), "data", "ioc", "exports");
        Path xml = exports.resolve("penalty-notices-" + notice.group(2) + ".xml");
        Path csv = exports.resolve("penalty-notices-" + notice.group(2) + ".csv");
        assertTrue(Files.exists(xml) && Files.exists(csv), "exports in " + exports);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("..", "batch", "src", "main", "resources", "vn", "smartcity", "ioc", "batch", "violation",
                        "penalty-notices-1.xsd").toFile())
                .newValidator().validate(new StreamSource(xml.toFile()));
        String xmlText = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(xmlText.contains("number=\"" + notice.group(1) + "\""), xmlText);
        assertTrue(xmlText.contains("<plate>" + plate + "</plate>"));
        String pdfSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        assertTrue(xmlText.contains("<pdfSha256>" + pdfSha + "</pdfSha256>"), "the export names the PDF sent");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("number;violation_id;plate;"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(notice.group(1) + ";" + violation + ";" + plate + ";MOTORBIKE;NO_HELMET;")),
                String.join("\n", lines));

        // again: nothing left to issue, the notice stays the same
        page = officer.submit(officer.get(ViolationPages.PAGE).body(), "notices", "start", Map.of()).body();
        Pattern running = Pattern.compile("data-notice-execution=\"\\d+\" data-status=\"(STARTING|STARTED)\"");
        for (int i = 0; i < 30 && running.matcher(page).find(); i++) {
            Thread.sleep(1000);
            page = officer.get(ViolationPages.PAGE).body();
        }
        assertEquals(1, page.split("data-violation=\"" + violation + "\" data-job=", -1).length - 1, "one notice");
        assertArrayEquals(pdf.body(), officer.getBytes("/console/violations/notice/" + violation).body());
    }

    private static void upload(Http officer, String form, String csv) {
        String page = officer.submitMultipart(officer.get(ViolationPages.PAGE).body(), form, "import", Map.of(), Map.of(),
                List.of(new Http.Upload("file", form + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))).body();
        assertTrue(page.contains("Đã nhập"), page);
    }
}
