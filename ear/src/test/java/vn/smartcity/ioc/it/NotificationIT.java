package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PortalPages;
import vn.smartcity.ioc.it.support.TestDirectory;
import vn.smartcity.ioc.it.support.TestMailbox;

/**
 * Citizens who leave an email hear from the city: a receipt with the tracking code, then every change staff
 * make that the public sees, through the notifications queue and the server's mail session, into a real SMTP
 * server (GreenMail) in the test JVM. Plain text, in the citizen's language; an internal step sends nothing.
 */
@ExtendWith({TestDirectory.class, TestMailbox.class, ArquillianExtension.class})
@RunAsClient
class NotificationIT extends IocDeployment {

    @Test
    void theCitizenGetsTheReceiptAndEveryPublicChangeByEmail() throws Exception {
        Http citizen = Http.from("203.0.113.60");
        String email = "thong.bao@example.vn";
        String code = PortalPages.trackingCode(PortalPages.report(citizen, Map.of("email", email)).body());
        List<MimeMessage> mails = TestMailbox.messagesFor(email, 1, 30);
        assertEquals(1, mails.size(), "the receipt");
        MimeMessage receipt = mails.get(0);
        assertTrue(receipt.getSubject().startsWith("[IOC Lai Châu] Đã tiếp nhận phản ánh số "), receipt.getSubject());
        String body = (String) receipt.getContent();
        assertTrue(body.contains(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)), body);
        assertTrue(body.contains("http://127.0.0.1:8080/ioc/portal/track.xhtml?code=" + code), body);
        assertTrue(receipt.getContentType().startsWith("text/plain"), receipt.getContentType());

        long incident = PortalPages.incidentId(PortalPages.track(citizen, code));
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        String page = supervisor.get(url(incident)).body();
        page = supervisor.submit(page, "triage", "go", Map.of("priority", "HIGH")).body();
        page = supervisor.submit(page, "assign", "go", Map.of("department", "SXD", "assignee", "")).body();
        page = supervisor.submit(page, "start", "go", Map.of()).body();
        supervisor.submit(page, "resolve", "go", Map.of("answer", "Đã hút nước <b>xong</b> & dọn bùn."));

        mails = TestMailbox.messagesFor(email, 3, 30);
        assertEquals(3, mails.size(), "receipt, work started, resolved; triage and assignment are internal");
        MimeMessage resolved = mails.stream().filter(m -> subject(m).contains("Đã xử lý xong")).findFirst().orElseThrow();
        String answer = ((String) resolved.getContent()).replace("\r\n", "\n");
        assertTrue(answer.contains("Trả lời của chính quyền:\nĐã hút nước <b>xong</b> & dọn bùn."), answer);
        assertTrue(resolved.getContentType().startsWith("text/plain"), "markup stays text: " + resolved.getContentType());
    }

    @Test
    void aCitizenWhoReportedInEnglishIsWrittenToInEnglish() throws Exception {
        Http citizen = Http.from("203.0.113.61");
        citizen.get("/portal/index.xhtml?lang=en");
        String email = "visitor@example.com";
        PortalPages.trackingCode(PortalPages.report(citizen, Map.of("email", email)).body());
        MimeMessage receipt = TestMailbox.messagesFor(email, 1, 30).get(0);
        assertTrue(receipt.getSubject().startsWith("[IOC Lai Chau] Report no. "), receipt.getSubject());
        assertTrue(((String) receipt.getContent()).contains("Your tracking code: "));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
