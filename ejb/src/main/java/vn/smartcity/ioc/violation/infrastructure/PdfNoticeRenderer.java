package vn.smartcity.ioc.violation.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationKind;

/**
 * Renders a penalty notice as a one-page A4 PDF in Vietnamese with PDFBox: who it is for, the plate and vehicle,
 * when and where, the violation and its legal basis, the fine range and licence points, the evidence image,
 * and how to settle or contest it. DejaVu Sans is embedded (subset), so every Vietnamese letter shows.
 * The wording is the project's template: the province's traffic police must approve it before use.
 */
@ApplicationScoped
public class PdfNoticeRenderer {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(VIETNAM);
    static final Map<ViolationKind, String> KINDS = Map.of(
            ViolationKind.RED_LIGHT, "Không chấp hành hiệu lệnh của đèn tín hiệu giao thông (vượt đèn đỏ)",
            ViolationKind.SPEEDING, "Điều khiển xe chạy quá tốc độ quy định",
            ViolationKind.WRONG_WAY, "Đi ngược chiều của đường một chiều hoặc đường có biển cấm đi ngược chiều",
            ViolationKind.WRONG_LANE, "Không đi đúng phần đường, làn đường quy định",
            ViolationKind.NO_HELMET, "Không đội mũ bảo hiểm khi điều khiển xe mô tô, xe gắn máy",
            ViolationKind.ILLEGAL_STOP, "Dừng xe không đúng quy định",
            ViolationKind.ILLEGAL_PARKING, "Đỗ xe không đúng quy định");
    static final Map<VehicleClass, String> CLASSES = Map.of(VehicleClass.CAR, "Ô tô",
            VehicleClass.MOTORBIKE, "Xe mô tô, xe gắn máy", VehicleClass.TRUCK, "Ô tô tải");
    private static final float MARGIN = 50;

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String name) {
        try (InputStream in = PdfNoticeRenderer.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(Violation v, String number, byte[] evidence, Instant issuedAt) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(200_000)) {
            PDFont font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(regular));
            PDFont strong = PDType0Font.load(doc, new java.io.ByteArrayInputStream(bold));
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Thông báo vi phạm " + number);
            info.setAuthor("IOC tỉnh Lai Châu");
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(c, font, strong, page.getMediaBox().getHeight() - MARGIN, width);
                w.two("CÔNG AN TỈNH LAI CHÂU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, true);
                w.two("PHÒNG CẢNH SÁT GIAO THÔNG", "Độc lập - Tự do - Hạnh phúc", 10, true);
                w.gap(14);
                w.centre("THÔNG BÁO", 15, true);
                w.centre("VI PHẠM HÀNH CHÍNH VỀ TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ", 11, true);
                w.centre("phát hiện qua hệ thống giám sát (phạt nguội)", 10, false);
                w.centre("Số: " + number, 10, false);
                w.gap(10);
                w.line("Kính gửi: " + (v.getOwnerName() == null ? "Chủ phương tiện" : v.getOwnerName()), 11, true);
                if (v.getOwnerAddress() != null) {
                    w.line("Địa chỉ: " + v.getOwnerAddress(), 10, false);
                }
                w.gap(6);
                w.line("Biển số: " + v.getPlate() + (v.getVehicleClass() == null ? "" : "    Loại phương tiện: "
                        + CLASSES.get(v.getVehicleClass())), 11, true);
                w.line("Thời gian vi phạm: " + WHEN.format(v.getObservedAt()) + " (giờ Việt Nam)", 10, false);
                w.line("Địa điểm: " + (v.getPlace() == null ? "" : v.getPlace()) + " (camera " + v.getCameraCode() + ")", 10, false);
                w.line("Hành vi vi phạm: " + KINDS.get(v.getKind()) + (v.getKind() == ViolationKind.SPEEDING
                        && v.getSpeedKmh() != null ? " — " + v.getSpeedKmh() + " km/h, tốc độ tối đa cho phép "
                        + v.getLimitKmh() + " km/h" : ""), 10, false);
                w.line("Căn cứ pháp lý: " + (v.getLegalBasis() == null ? "(chưa xác định)" : v.getLegalBasis())
                        + ", Nghị định số 168/2024/NĐ-CP", 10, false);
                w.line("Mức phạt tiền: từ " + money(v.getFineMin()) + " đến " + money(v.getFineMax())
                        + (v.getPoints() == null || v.getPoints() == 0 ? "" : "; trừ " + v.getPoints()
                        + " điểm giấy phép lái xe"), 10, true);
                w.gap(6);
                w.image(doc, evidence, "Hình ảnh vi phạm (camera " + v.getCameraCode() + ")");
                w.gap(6);
                w.line("Đề nghị chủ phương tiện, người điều khiển phương tiện trong thời hạn 20 ngày kể từ ngày nhận "
                        + "thông báo đến Phòng Cảnh sát giao thông Công an tỉnh Lai Châu, hoặc Công an cấp xã nơi cư trú, "
                        + "để giải quyết theo quy định; mang theo thông báo này và giấy tờ của phương tiện. Mức phạt cụ "
                        + "thể do người có thẩm quyền quyết định trong khung trên; sau khi có quyết định xử phạt, có "
                        + "thể nộp phạt trực tuyến qua Cổng Dịch vụ công quốc gia.", 9, false);
                w.line("Nếu không đồng ý với nội dung thông báo, có quyền trình bày, giải trình khi đến giải quyết, và "
                        + "khiếu nại theo quy định của pháp luật. Tra cứu vi phạm trên cổng thông tin của tỉnh (mục Tra cứu "
                        + "phạt nguội) theo biển số.", 9, false);
                w.gap(8);
                w.line("Cán bộ xác nhận: " + (v.getFirstConfirmedBy() == null ? "" : v.getFirstConfirmedBy() + ", ")
                        + (v.getReviewedBy() == null ? "" : v.getReviewedBy()) + "    Ngày lập: " + WHEN.format(issuedAt), 9, false);
                w.line("(Mẫu thông báo do hệ thống IOC lập; nội dung pháp lý cần được Công an tỉnh phê duyệt trước khi sử dụng.)",
                        8, false);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render notice " + number, e);
        }
    }

    static String money(Long dong) {
        return dong == null ? "(chưa xác định)" : NumberFormat.getIntegerInstance(new Locale("vi", "VN")).format(dong) + " đồng";
    }

    /** Writes lines top-down, wrapping at the page's width. */
    private static final class Writer {
        final PDPageContentStream c;
        final PDFont font;
        final PDFont strong;
        final float width;
        float y;

        Writer(PDPageContentStream c, PDFont font, PDFont strong, float top, float width) {
            this.c = c;
            this.font = font;
            this.strong = strong;
            this.y = top;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void two(String left, String right, float size, boolean bold) throws IOException {
            PDFont f = bold ? strong : font;
            y -= size * 1.4f;
            text(f, size, MARGIN, left);
            text(f, size, MARGIN + width - f.getStringWidth(right) / 1000 * size, right);
        }

        void centre(String s, float size, boolean bold) throws IOException {
            PDFont f = bold ? strong : font;
            y -= size * 1.4f;
            text(f, size, MARGIN + (width - f.getStringWidth(s) / 1000 * size) / 2, s);
        }

        void line(String s, float size, boolean bold) throws IOException {
            PDFont f = bold ? strong : font;
            for (String part : wrap(f, size, s)) {
                y -= size * 1.4f;
                text(f, size, MARGIN, part);
            }
        }

        void image(PDDocument doc, byte[] evidence, String caption) throws IOException {
            if (evidence == null || evidence.length == 0) {
                line("(Không có hình ảnh kèm theo)", 9, false);
                return;
            }
            PDImageXObject img;
            try {
                img = PDImageXObject.createFromByteArray(doc, evidence, "evidence");
            } catch (IOException | IllegalArgumentException e) {
                line("(Hình ảnh vi phạm lưu trên hệ thống; định dạng không in được)", 9, false);
                return;
            }
            float w = Math.min(width, 400);
            float h = w * img.getHeight() / img.getWidth();
            if (h > 260) {
                h = 260;
                w = h * img.getWidth() / img.getHeight();
            }
            y -= h;
            c.drawImage(img, MARGIN + (width - w) / 2, y, w, h);
            centre(caption, 8, false);
        }

        private void text(PDFont f, float size, float x, String s) throws IOException {
            c.beginText();
            c.setFont(f, size);
            c.newLineAtOffset(x, y);
            c.showText(s);
            c.endText();
        }

        private List<String> wrap(PDFont f, float size, String s) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : s.split(" ")) {
                String next = current.length() == 0 ? word : current + " " + word;
                if (f.getStringWidth(next) / 1000 * size > width && current.length() > 0) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(next);
                }
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }
    }
}
