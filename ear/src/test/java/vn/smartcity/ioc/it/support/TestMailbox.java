package vn.smartcity.ioc.it.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM on 127.0.0.1:3025, where the test server's mail session
 * (IOC_SMTP_HOST/PORT in ear/pom.xml) delivers. Started once for the whole run and left running, so that
 * notifications of any test class find it.
 */
public class TestMailbox implements BeforeAllCallback {

    private static GreenMail smtp;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** The messages received for one address, waiting up to {@code seconds} for at least {@code count}. */
    public static List<MimeMessage> messagesFor(String address, int count, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        List<MimeMessage> found;
        do {
            found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < until);
        return found;
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
