package vn.smartcity.ioc.camera.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import vn.smartcity.ioc.camera.application.CameraSettings;

/**
 * The consumers of the detection queue: {@code IOC_DETECTION_CONSUMERS} threads of the server's managed
 * thread factory, each taking batches of up to {@code IOC_DETECTION_BATCH} messages per transaction
 * ({@link DetectionQueueDrain}). Not a message-driven bean on purpose: an MDB commits one XA transaction per
 * message, which the disk syncs hold near 1,000 events/s; batches share one commit among hundreds.
 * When a batch fails (the database refused it or is down), the thread takes the next messages one at a time,
 * so that one poisonous message reaches the dead letters alone after its delivery attempts, not its neighbours.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DetectionConsumers {

    private static final Logger LOG = Logger.getLogger(DetectionConsumers.class.getName());
    static final long WAIT_MILLIS = 1000;

    @Resource
    ManagedThreadFactory threadFactory;

    @EJB
    DetectionQueueDrain drain;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    @PostConstruct
    void start() {
        CameraSettings settings = CameraSettings.fromEnvironment();
        running = true;
        for (int i = 0; i < settings.consumers(); i++) {
            Thread thread = threadFactory.newThread(() -> consume(settings.batch()));
            thread.setName("ioc-detection-consumer-" + i);
            threads.add(thread);
            thread.start();
        }
        LOG.info(() -> "detection queue: " + settings.consumers() + " consumers, batches of up to " + settings.batch());
    }

    private void consume(int batch) {
        int singles = 0;
        long lastWarning = 0;
        while (running) {
            try {
                int taken = drain.drain(singles > 0 ? 1 : batch, WAIT_MILLIS);
                singles = Math.max(0, singles - taken);
            } catch (RuntimeException | jakarta.jms.JMSException e) {
                if (!running) {
                    return;
                }
                singles = batch;
                if (System.currentTimeMillis() - lastWarning > 10_000) {
                    lastWarning = System.currentTimeMillis();
                    LOG.log(Level.WARNING, "a batch of detection events was rolled back; its messages come back "
                            + "(redelivery delay) and are taken one at a time", e);
                }
                pause(500);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(WAIT_MILLIS * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
