import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.CompletionListener;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Load generator of bench/detections.sh: a remote JMS client (what cameras and workers are) sending detection
 * events to the IOC over HTTP upgrade, with asynchronous durable sends (a confirmation window, several
 * connections), so that the generator is not the bottleneck. Each event's "at" is its send time: the server's
 * received_at minus it is the send-to-store latency. With --acked FILE, the ids the broker acknowledged are
 * written there (the crash test checks every one of them is stored exactly once). With --warmup S, the same load
 * runs S seconds first in the same JVM (ids "bench-RUNw-N", not counted in SUMMARY), so that the measured
 * seconds find the generator's own JIT warm, as they would a camera that has been sending for a while.
 *
 * java -cp CLASSPATH bench/DetectionLoad.java --seconds 60 --connections 4 [--rate events/s] [--warmup S] [--count N] [--queue Q] [--acked F]
 */
public class DetectionLoad {

    static final String[] CAMERAS = {"LC-TP-001", "LC-DK-001", "LC-TP-003", "LC-TP-002", "LC-DK-002"};
    static final String[] LABELS = {"car", "motorbike", "motorbike", "truck", "bus"};

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
        int connections = Integer.parseInt(a.getOrDefault("connections", "4"));
        long count = Long.parseLong(a.getOrDefault("count", "0"));
        long rate = Long.parseLong(a.getOrDefault("rate", "0"));   // events/s of all connections together; 0: as fast as possible
        String queueName = a.getOrDefault("queue", "IocDetectionEvents");
        String url = a.getOrDefault("url", "tcp://127.0.0.1:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor")
                + "&confirmationWindowSize=1048576&blockOnDurableSend=false";
        String run = a.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
        BufferedWriter acked = a.containsKey("acked") ? Files.newBufferedWriter(Path.of(a.get("acked"))) : null;

        AtomicLong sent = new AtomicLong();
        AtomicLong confirmed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "0"));
        long measuredFrom = System.currentTimeMillis() + warmup * 1000L;
        long end = measuredFrom + seconds * 1000L;
        AtomicLong warmupSent = new AtomicLong();
        Thread[] threads = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            threads[c] = new Thread(() -> {
                try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
                     JMSContext jms = factory.createContext(a.getOrDefault("user", "ioc-camera"),
                             a.getOrDefault("password", "demo-camera"))) {
                    Queue queue = jms.createQueue(queueName);
                    Semaphore window = new Semaphore(2000);
                    JMSProducer producer = jms.createProducer();
                    producer.setAsync(new CompletionListener() {
                        @Override
                        public void onCompletion(Message message) {
                            confirmed.incrementAndGet();
                            if (acked != null) {
                                try {
                                    String id = message.getStringProperty("_AMQ_DUPL_ID");
                                    synchronized (acked) {
                                        acked.write(id);
                                        acked.newLine();
                                    }
                                } catch (Exception e) {
                                    failed.incrementAndGet();
                                }
                            }
                            window.release();
                        }

                        @Override
                        public void onException(Message message, Exception exception) {
                            failed.incrementAndGet();
                            window.release();
                        }
                    });
                    long paceStart = System.nanoTime();
                    long mine = 0;
                    while (System.currentTimeMillis() < end) {
                        if (rate > 0) {
                            long due = paceStart + mine++ * 1_000_000_000L * connections / rate;
                            long wait = due - System.nanoTime();
                            if (wait > 1_000_000) {
                                Thread.sleep(wait / 1_000_000);
                            }
                        }
                        long n = next.getAndIncrement();
                        if (count > 0 && n >= count) {
                            break;
                        }
                        window.acquire();
                        boolean warming = System.currentTimeMillis() < measuredFrom;
                        String id = "bench-" + run + (warming ? "w-" : "-") + n;
                        if (warming) {
                            warmupSent.incrementAndGet();
                        }
                        int i = (int) (n % CAMERAS.length);
                        TextMessage m = jms.createTextMessage("{\"schema\":1,\"eventId\":\"" + id + "\",\"camera\":\""
                                + CAMERAS[i] + "\",\"kind\":\"object\",\"at\":\"" + Instant.now() + "\",\"trackId\":\""
                                + (n / 3) + "\",\"label\":\"" + LABELS[(int) (n % LABELS.length)] + "\",\"score\":0.8"
                                + ",\"lane\":" + (1 + n % 2) + ",\"speedKmh\":" + (20 + n % 40) + "}");
                        m.setStringProperty("_AMQ_DUPL_ID", id);
                        producer.send(queue, m);
                        sent.incrementAndGet();
                    }
                    window.acquire(2000);   // every send confirmed before closing
                } catch (Exception e) {
                    System.err.println("connection failed: " + e);
                }
            });
            threads[c].start();
        }
        long start = System.currentTimeMillis();
        long last = 0;
        while (alive(threads)) {
            Thread.sleep(1000);
            long now = confirmed.get();
            System.out.printf("t=%3ds sent %,d confirmed %,d (+%,d/s) failed %d%n",
                    (System.currentTimeMillis() - start) / 1000, sent.get(), now, now - last, failed.get());
            last = now;
        }
        if (acked != null) {
            acked.close();
        }
        double secs = (System.currentTimeMillis() - Math.max(start, measuredFrom)) / 1000.0;
        long measured = confirmed.get() - warmupSent.get();   // every send is confirmed before the end
        System.out.printf("SUMMARY sent %d confirmed %d failed %d in %.1f s: %.0f confirmed/s%s%n",
                sent.get() - warmupSent.get(), measured, failed.get(), secs, measured / secs,
                warmup > 0 ? " (after " + warmup + " s of warm-up: " + warmupSent.get() + " events)" : "");
    }

    static boolean alive(Thread[] threads) {
        for (Thread t : threads) {
            if (t.isAlive()) {
                return true;
            }
        }
        return false;
    }
}
