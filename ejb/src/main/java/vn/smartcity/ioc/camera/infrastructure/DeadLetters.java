package vn.smartcity.ioc.camera.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.camera.application.IngestCounters;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.application.AfterCommit;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * The detection queue's dead letters (IocDetectionEventsDLQ): a message the IOC cannot read is moved there at
 * once, in the transaction that consumed it, with its reason (property {@value #REASON}) and the door it came
 * through ({@value #DOOR}); one that failed {@code max-delivery-attempts} times is moved there by Artemis
 * (property {@code _AMQ_ORIG_ADDRESS}). Never redelivered in a loop; shown on the console.
 */
@Stateless
@PermitAll
public class DeadLetters {

    public static final String REASON = "ioc_reason";
    public static final String DOOR = "ioc_door";
    /** A dead letter keeps at most this much of the original body. */
    static final int MAX_BODY = 64 * 1024;

    /** One dead letter as the console shows it. */
    public record DeadLetter(String messageId, Instant at, String door, String reason, String excerpt) {
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.DETECTION_EVENTS_DLQ)
    Queue deadLetters;

    @EJB
    IngestCounters counters;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Moves an unreadable message's body to the dead letters, with why (in the caller's transaction); it is
     * counted once that transaction commits (a rolled back batch is redelivered and rejected again).
     */
    public void reject(String body, String reason, Door door) {
        String kept = body == null ? "" : body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        jms.createProducer().setProperty(REASON, reason).setProperty(DOOR, door.name()).send(deadLetters, kept);
        AfterCommit.run(transactions, () -> counters.rejected(door));
    }

    /** Browsing stops here: a page view never reads more dead letters than this. */
    static final int MAX_BROWSED = 10_000;

    /**
     * How many dead letters there are and the newest {@code max} of them; beyond {@value #MAX_BROWSED} the count
     * says "at least" ({@link Page#capped()}) and the newest shown are those among the first browsed.
     */
    @jakarta.annotation.security.RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST,
            Roles.ADMIN})
    public Page latest(int max) {
        List<DeadLetter> letters = new ArrayList<>();
        int count = 0;
        boolean capped = false;
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            var e = browser.getEnumeration();
            while (e.hasMoreElements()) {
                if (count == MAX_BROWSED) {
                    capped = true;
                    break;
                }
                Message m = (Message) e.nextElement();
                count++;
                letters.add(view(m));
                if (letters.size() > max) {
                    letters.remove(0);
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead letters", e);
        }
        Collections.reverse(letters);
        return new Page(count, capped, letters);
    }

    /** The dead letters: how many (at least, when capped), and the newest first. */
    public record Page(int count, boolean capped, List<DeadLetter> letters) {
    }

    private static DeadLetter view(Message m) throws JMSException {
        String reason = m.getStringProperty(REASON);
        String door = m.getStringProperty(DOOR);
        if (reason == null) {
            reason = "not consumed after " + (m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") - 1 : "several")
                    + " deliveries (database unavailable or refusing the events)";
            door = Door.JMS.name();
        }
        String body = m instanceof TextMessage t && t.getText() != null ? t.getText() : "(" + m.getClass().getSimpleName() + ")";
        return new DeadLetter(m.getJMSMessageID(), Instant.ofEpochMilli(m.getJMSTimestamp()), door, reason,
                body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
