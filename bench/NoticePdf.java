import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.infrastructure.PdfNoticeRenderer;

/**
 * Penalty notice PDFs per second on one thread (docs/perf.md): the notice-issuing job's renderer (PDFBox,
 * DejaVu Sans subset embedded, a JPEG evidence image) on a violation like the job's, without the database.
 *
 * java -cp CLASSPATH bench/NoticePdf.java [notices] [evidence.jpg (default: a generated 1280x720 JPEG)]
 */
public class NoticePdf {

    /** A 1280x720 JPEG like a camera's snapshot (a road-grey gradient with noise and a few boxes). */
    static byte[] camera720p() throws Exception {
        var img = new java.awt.image.BufferedImage(1280, 720, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(3);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                int g = 60 + y / 8 + r.nextInt(24);
                img.setRGB(x, y, (g << 16) | (g << 8) | (g + 6));
            }
        }
        var gfx = img.createGraphics();
        gfx.setColor(java.awt.Color.RED);
        gfx.fillRect(420, 300, 140, 90);
        gfx.setColor(java.awt.Color.WHITE);
        gfx.fillRect(700, 420, 150, 100);
        gfx.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        byte[] evidence = args.length > 1 ? Files.readAllBytes(Path.of(args[1])) : camera720p();
        Instant at = Instant.parse("2026-11-22T00:30:00Z");
        Plate plate = Plate.parse("25A-123.45").orElseThrow();
        ViolationCandidate candidate = new ViolationCandidate("LC-TP-001", ViolationKind.RED_LIGHT, "25A-123.45",
                VehicleClass.CAR, at, null, null, "Ngã tư Trần Hưng Đạo – Lê Duẩn, phường Tân Phong", evidence, null);
        Violation v = Violation.establish(candidate, plate, new Vehicle(plate, VehicleClass.CAR, "Nguyễn Văn An",
                "Tổ 3, phường Tân Phong, Lai Châu", at), null, 1L, at);
        PdfNoticeRenderer renderer = new PdfNoticeRenderer();
        long bytes = 0;
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes = renderer.render(v, String.format("LC-2026-%08d", i), evidence, at).length;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d notices in %.2f s: %.1f PDFs/s (%d bytes each, evidence %d bytes)%n", round, n,
                    secs, n / secs, bytes, evidence.length);
        }
    }
}
