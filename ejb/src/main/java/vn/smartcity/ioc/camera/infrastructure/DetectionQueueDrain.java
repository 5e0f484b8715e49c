package vn.smartcity.ioc.camera.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import vn.smartcity.ioc.camera.application.CameraDirectory;
import vn.smartcity.ioc.camera.application.DetectionIntake;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.camera.domain.InvalidDetection;
import vn.smartcity.ioc.shared.messaging.Destinations;

/**
 * One transaction of the detection consumer: takes up to {@code max} messages from IocDetectionEvents, stores
 * their events with one flush (JDBC batches), moves the unreadable ones to the dead letters, and commits all of
 * it together (the server's XA transaction over Artemis and the database). Exactly once: a message is gone from
 * the queue only if its events are stored; after a crash it comes back and its event ids are found stored.
 */
@Stateless
@PermitAll
public class DetectionQueueDrain {

    /** After the first message, wait at most this long for each next one before committing what we have. */
    static final long NEXT_WAIT_MILLIS = 20;
    /** Events with images are large: a batch also ends after this many characters of message bodies. */
    static final long MAX_BATCH_CHARS = 16L * 1024 * 1024;

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.DETECTION_EVENTS)
    Queue queue;

    @EJB
    DetectionIntake intake;

    @EJB
    DeadLetters deadLetters;

    @EJB
    CameraDirectory cameras;

    /** @return how many messages were taken (0 when none came within {@code waitMillis}) */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int drain(int max, long waitMillis) throws JMSException {
        // a batch names a few cameras many times: each is looked up once per batch, not once per message
        Map<String, Optional<String>> codes = new HashMap<>();
        DetectionMessages messages = new DetectionMessages(name -> codes.computeIfAbsent(name, cameras::codeOf),
                Clock.systemUTC());
        List<Detection> events = new ArrayList<>();
        int taken = 0;
        long chars = 0;
        boolean redelivered = false;
        try (JMSConsumer consumer = jms.createConsumer(queue)) {
            Message message = consumer.receive(waitMillis);
            while (message != null) {
                taken++;
                redelivered |= message.getJMSRedelivered();
                String body = body(message);
                try {
                    if (body == null) {
                        throw new InvalidDetection("not a text message (" + message.getClass().getSimpleName() + ")");
                    }
                    events.addAll(messages.parse(body));
                } catch (InvalidDetection e) {
                    deadLetters.reject(body, e.getMessage(), Door.JMS);
                }
                chars += body == null ? 0 : body.length();
                if (taken >= max || chars >= MAX_BATCH_CHARS) {
                    break;
                }
                message = consumer.receive(NEXT_WAIT_MILLIS);
            }
        }
        if (!events.isEmpty()) {
            intake.store(events, Door.JMS, null, redelivered);
        }
        return taken;
    }

    private static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage bytes && bytes.getBodyLength() <= DetectionMessages.MAX_CHARS) {
            byte[] data = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(data);
            return new String(data, StandardCharsets.UTF_8);
        }
        return null;
    }
}
