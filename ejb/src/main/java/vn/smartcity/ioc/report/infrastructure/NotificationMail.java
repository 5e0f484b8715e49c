package vn.smartcity.ioc.report.infrastructure;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import vn.smartcity.ioc.report.application.Notification;
import vn.smartcity.ioc.report.domain.TrackingCode;

/**
 * The text of a notification email, in the citizen's language. Plain text only: whatever a citizen or staff
 * member wrote reaches the mail as text, never as markup.
 */
final class NotificationMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final Map<String, String> STATES_VI = Map.of("NEW", "Mới tiếp nhận", "TRIAGED", "IOC đã kiểm tra",
            "ASSIGNED", "Đã chuyển đơn vị xử lý", "IN_PROGRESS", "Đang xử lý", "RESOLVED", "Đã xử lý xong",
            "CLOSED", "Đã đóng", "REJECTED", "Từ chối", "DUPLICATE", "Gộp với phản ánh khác", "REOPENED", "Mở lại");
    private static final Map<String, String> STATES_EN = Map.of("NEW", "Received", "TRIAGED", "Checked by the IOC",
            "ASSIGNED", "Passed to the department", "IN_PROGRESS", "Being handled", "RESOLVED", "Resolved",
            "CLOSED", "Closed", "REJECTED", "Rejected", "DUPLICATE", "Merged with another report", "REOPENED", "Re-opened");

    final String subject;
    final String body;

    NotificationMail(Notification n, String portalUrl) {
        boolean en = "en".equals(n.language());
        String state = (en ? STATES_EN : STATES_VI).getOrDefault(n.state(), n.state());
        String code = TrackingCode.display(n.trackingCode());
        String link = portalUrl + "/portal/track.xhtml?code=" + n.trackingCode() + (en ? "&lang=en" : "");
        StringBuilder text = new StringBuilder();
        if ("report-received".equals(n.kind())) {
            subject = en ? "[IOC Lai Chau] Report no. " + n.reportId() + " received - tracking code " + code
                    : "[IOC Lai Châu] Đã tiếp nhận phản ánh số " + n.reportId() + " - mã tra cứu " + code;
            text.append(en ? "Thank you. The city has received your report (" + n.categoryEn() + ") on "
                    : "Cảm ơn bạn. Chính quyền đã tiếp nhận phản ánh của bạn (" + n.categoryVi() + ") lúc ")
                    .append(TIME.format(n.at())).append(".\n\n")
                    .append(en ? "Your tracking code: " : "Mã tra cứu của bạn: ").append(code).append("\n")
                    .append(en ? "Keep it to follow your report, answer the city, re-open it or rate the result. Do not share it."
                            : "Hãy giữ mã này để theo dõi, trả lời chính quyền, mở lại hoặc đánh giá kết quả. Không chia sẻ mã cho người khác.");
        } else {
            subject = en ? "[IOC Lai Chau] Report no. " + n.reportId() + ": " + state
                    : "[IOC Lai Châu] Phản ánh số " + n.reportId() + ": " + state;
            text.append(en ? "Your report (" + n.categoryEn() + ") changed on " : "Phản ánh của bạn (" + n.categoryVi() + ") có cập nhật lúc ")
                    .append(TIME.format(n.at())).append(": ").append(state).append(".\n");
            if (n.note() != null && !n.note().isBlank()) {
                text.append("\n").append(en ? "The city's answer:\n" : "Trả lời của chính quyền:\n").append(n.note()).append("\n");
            }
        }
        text.append("\n\n").append(en ? "Follow your report: " : "Theo dõi phản ánh: ").append(link).append("\n\n")
                .append(en ? "This message was sent by the Intelligent Operations Center of Lai Chau Province. Do not reply to it."
                        : "Thư này do Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Lai Châu gửi tự động. Xin không trả lời thư này.")
                .append("\n");
        body = text.toString();
    }
}
