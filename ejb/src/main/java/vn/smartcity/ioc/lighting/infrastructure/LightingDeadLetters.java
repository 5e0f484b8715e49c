package vn.smartcity.ioc.lighting.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * The gateways' unreadable messages (IocLightingDeadLetters): each is kept there with its reason (property
 * {@value #REASON}) and the topic it came on ({@value #TOPIC}), in the transaction that read it; never retried;
 * shown on the lighting console.
 */
@Stateless
public class LightingDeadLetters {

    public static final String REASON = "ioc_reason";
    public static final String TOPIC = "ioc_topic";
    static final int MAX_BODY = 64 * 1024;
    static final int MAX_BROWSED = 10_000;

    /** One dead letter as the console shows it. */
    public record DeadLetter(String messageId, Instant at, String topic, String reason, String excerpt) {
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.LIGHTING_DEAD_LETTERS)
    Queue deadLetters;

    @PermitAll
    public void reject(String topic, byte[] payload, String reason) {
        String body = payload == null ? "" : new String(payload, 0, Math.min(payload.length, MAX_BODY),
                java.nio.charset.StandardCharsets.UTF_8);
        jms.createProducer().setProperty(REASON, reason).setProperty(TOPIC, topic).send(deadLetters, body);
    }

    /** The newest {@code max} dead letters and how many there are (at least, beyond {@value #MAX_BROWSED}). */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.ADMIN})
    public Page newest(int max) throws JMSException {
        List<DeadLetter> letters = new ArrayList<>();
        int count = 0;
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> e = browser.getEnumeration();
            while (e.hasMoreElements() && count < MAX_BROWSED) {
                Message m = (Message) e.nextElement();
                count++;
                String body = m instanceof TextMessage t ? t.getText() : "";
                letters.add(new DeadLetter(m.getJMSMessageID(), Instant.ofEpochMilli(m.getJMSTimestamp()),
                        m.getStringProperty(TOPIC), m.getStringProperty(REASON),
                        body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        }
        Collections.reverse(letters);
        return new Page(count, count >= MAX_BROWSED, letters.size() > max ? letters.subList(0, max) : letters);
    }

    public record Page(int count, boolean capped, List<DeadLetter> letters) {
    }
}
