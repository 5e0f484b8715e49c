package vn.smartcity.ioc.worker.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends events to the IOC's detection queue (Artemis over HTTP upgrade, durable, with the event id as Artemis's
 * duplicate-detection id). One sender thread per worker takes events from a bounded buffer so that the
 * analysis never waits for the network; when the IOC cannot be reached the sender retries the same event
 * (every 2 s, doubling up to 30 s) and the buffer holds up to {@code capacity} events — beyond that the
 * newest are dropped and counted, as a camera's recorder would.
 */
public final class JmsEventSink implements EventSink {

    private static final Logger LOG = Logger.getLogger(JmsEventSink.class.getName());

    private final String url;
    private final String user;
    private final String password;
    private final String queueName;
    private final BlockingQueue<DetectionJson.Event> buffer;
    private final Thread sender;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;

    public JmsEventSink(String url, String user, String password, String queueName, int capacity) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.queueName = queueName;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.sender = new Thread(this::run, "ioc-worker-sender");
        this.sender.start();
    }

    @Override
    public void send(DetectionJson.Event event) {
        if (!buffer.offer(event)) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                LOG.warning(() -> "event buffer full: " + n + " events dropped");
            }
        }
    }

    public long sent() {
        return sent.get();
    }

    public long dropped() {
        return dropped.get();
    }

    private void run() {
        long backoff = 2000;
        DetectionJson.Event pending = null;
        while (!closing || pending != null || !buffer.isEmpty()) {
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
                 JMSContext jms = factory.createContext(user, password)) {
                Queue queue = jms.createQueue(queueName);
                JMSProducer producer = jms.createProducer();
                LOG.info(() -> "connected to " + queueName + " at " + url.replaceAll("\\?.*", ""));
                backoff = 2000;
                while (!closing || pending != null || !buffer.isEmpty()) {
                    if (pending == null) {
                        pending = buffer.poll(200, TimeUnit.MILLISECONDS);
                        if (pending == null) {
                            continue;
                        }
                    }
                    TextMessage m = jms.createTextMessage(pending.json());
                    m.setStringProperty("_AMQ_DUPL_ID", pending.id());
                    producer.send(queue, m);
                    sent.incrementAndGet();
                    pending = null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
                LOG.log(Level.WARNING, "cannot send to the IOC (" + e.getMessage() + "); retrying in "
                        + backoff / 1000 + " s");
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(30_000, backoff * 2);
            }
        }
    }

    /** Sends what is buffered (waiting at most {@code seconds}), then stops. */
    public void close(long seconds) {
        closing = true;
        try {
            sender.join(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.interrupt();
    }

    @Override
    public void close() {
        close(10);
    }
}
