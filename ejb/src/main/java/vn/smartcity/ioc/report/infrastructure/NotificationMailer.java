package vn.smartcity.ioc.report.infrastructure;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.smartcity.ioc.report.application.Notification;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * Sends the citizens' notification emails from the notifications queue through the server's mail session
 * ({@code java:jboss/mail/Ioc}). A mail server that is down makes the delivery fail: Artemis redelivers
 * (30 s, doubling, 10 attempts) and then moves the message to IocNotificationsDLQ. A message that cannot be
 * read is logged and dropped (it would never succeed). The portal link is {@code IOC_PUBLIC_URL}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.NOTIFICATIONS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@PermitAll
public class NotificationMailer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    static final String PORTAL_URL = System.getenv().getOrDefault("IOC_PUBLIC_URL", "http://localhost:8080/ioc");

    @Resource(lookup = "java:jboss/mail/Ioc")
    Session mail;

    @Override
    public void onMessage(Message message) {
        Notification notification;
        try {
            notification = NotificationJson.read(((TextMessage) message).getText());
        } catch (RuntimeException | JMSException e) {
            LOG.warning("Dropped an unreadable notification: " + e);
            return;
        }
        NotificationMail text = new NotificationMail(notification, PORTAL_URL);
        try {
            MimeMessage mime = new MimeMessage(mail);
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(notification.email(), true));
            mime.setSubject(text.subject, "UTF-8");
            mime.setText(text.body, "UTF-8", "plain");
            Transport.send(mime);
        } catch (jakarta.mail.internet.AddressException e) {
            LOG.warning("Dropped a notification to an invalid address of report " + notification.reportId());
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail server refused or unreachable; the queue will retry", e);
        }
    }
}
