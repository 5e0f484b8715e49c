package vn.smartcity.ioc.shared.infrastructure.mqtt;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A subscription of the IOC on an MQTT broker, with QoS 1 and a persistent session (clean session off, a fixed
 * client id): the broker keeps the messages while the IOC is away. Each message is handed to the door on a managed
 * thread and acknowledged only after the door returned (its transaction committed), so none is lost; a door that
 * fails leaves it unacknowledged and the broker delivers it again. Reconnects by itself after the broker restarts
 * and keeps trying when the broker is not there at start-up. Can also publish (QoS 1).
 * <p>With one lane (the Frigate door) each message is taken before the next is read. With more, messages are
 * taken in parallel, those of one topic always in the same lane and so in their order (a gateway's reports), at most
 * {@value #PER_LANE} waiting per lane before reading stops; a message whose door fails three times makes the
 * doorway reconnect, and the broker delivers the unacknowledged ones again.
 */
public final class MqttDoorway {

    /** What a door does with a message, inside its own transaction. */
    @FunctionalInterface
    public interface Door {
        void receive(String topic, byte[] payload) throws Exception;
    }

    /** Where and as whom to connect. */
    public record Broker(String url, String user, String password, String clientId) {
    }

    private static final Logger LOG = Logger.getLogger(MqttDoorway.class.getName());
    static final int PER_LANE = 8;

    private final Broker broker;
    private final String[] topics;
    private final Door door;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private final java.util.concurrent.CompletableFuture<?>[] lanes;
    private final java.util.concurrent.Semaphore waiting;
    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private int failedConnects;

    public MqttDoorway(Broker broker, String[] topics, Door door, ExecutorService executor, ScheduledExecutorService scheduler) {
        this(broker, topics, door, executor, scheduler, 1);
    }

    public MqttDoorway(Broker broker, String[] topics, Door door, ExecutorService executor, ScheduledExecutorService scheduler,
            int lanes) {
        this.broker = broker;
        this.topics = topics.clone();
        this.door = door;
        this.executor = executor;
        this.scheduler = scheduler;
        this.lanes = new java.util.concurrent.CompletableFuture<?>[Math.max(1, lanes)];
        java.util.Arrays.fill(this.lanes, java.util.concurrent.CompletableFuture.completedFuture(null));
        this.waiting = new java.util.concurrent.Semaphore(this.lanes.length * PER_LANE);
    }

    /** Starts connecting (in the background); false when the broker's URL is wrong. */
    public boolean start() {
        try {
            client = new MqttAsyncClient(broker.url(), broker.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            LOG.log(Level.SEVERE, "MQTT door off: bad broker URL " + broker.url(), e);
            return false;
        }
        client.setManualAcks(true);
        client.setCallback(new Callback());
        running = true;
        scheduler.execute(this::connect);
        return true;
    }

    /** The first connection; after it, Paho's automatic reconnect takes over. */
    private void connect() {
        if (!running) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(10_000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        options.setMaxInflight(1_000);
        if (broker.user() != null) {
            options.setUserName(broker.user());
            options.setPassword(broker.password() == null ? new char[0] : broker.password().toCharArray());
        }
        try {
            client.connect(options).waitForCompletion(15_000);
        } catch (MqttException e) {
            // once as a warning, then quietly: a broker that is down for an hour must not fill the log
            LOG.log(failedConnects++ == 0 ? Level.WARNING : Level.FINE, "MQTT broker " + broker.url()
                    + " not reachable (" + e.getMessage() + "); trying again every 5 s");
            if (running) {
                scheduler.schedule(this::connect, 5, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Publishes with QoS 1 (not retained), without waiting for the broker's acknowledgement (waiting costs ~40 ms a
     * message: Nagle and delayed acknowledgements); false when not connected or too many are in flight. Callers
     * that must know a message arrived have it answered (the gateways' acknowledgements).
     */
    public boolean publish(String topic, byte[] payload) {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected()) {
            return false;
        }
        try {
            c.publish(topic, payload, 1, false);
            return true;
        } catch (MqttException e) {
            LOG.log(Level.FINE, "MQTT publish on " + topic, e);
            return false;
        }
    }

    public boolean connected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    private final class Callback implements MqttCallbackExtended {

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            int[] qos = new int[topics.length];
            java.util.Arrays.fill(qos, 1);
            try {
                client.subscribe(topics, qos);
                LOG.info(() -> (reconnect ? "re-connected" : "connected") + " to MQTT " + serverURI + " as "
                        + broker.clientId() + ", subscribed to " + String.join(", ", topics));
            } catch (MqttException e) {
                LOG.log(Level.WARNING, "MQTT subscribe failed", e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            LOG.warning(() -> "MQTT connection of " + broker.clientId() + " lost (" + cause + "); reconnecting");
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) throws Exception {
            if (lanes.length > 1) {
                inLane(topic, message);
                return;
            }
            // on Paho's thread: the work runs on a managed thread (transactions, the application's context), and
            // the acknowledgement follows its commit
            try {
                executor.submit(() -> {
                    door.receive(topic, message.getPayload());
                    return null;
                }).get(60, TimeUnit.SECONDS);
                client.messageArrivedComplete(message.getId(), message.getQos());
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "MQTT message on " + topic + " not stored; the broker will deliver it again", e.getCause());
                throw e;
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }

    /** The message joins its topic's lane; Paho's thread waits only when too many are waiting. */
    private void inLane(String topic, MqttMessage message) throws InterruptedException {
        waiting.acquire();
        int lane = Math.floorMod(topic.hashCode(), lanes.length);
        MqttAsyncClient c = client;
        synchronized (lanes) {
            lanes[lane] = lanes[lane].handle((ignored, failure) -> null).thenRunAsync(() -> {
                try {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            door.receive(topic, message.getPayload());
                            break;
                        } catch (Exception e) {
                            if (attempt == 3) {
                                LOG.log(Level.WARNING, "MQTT message on " + topic + " not stored; reconnecting so that the"
                                        + " broker delivers it again", e);
                                reconnect(c);
                                return;
                            }
                        }
                    }
                    c.messageArrivedComplete(message.getId(), message.getQos());
                } catch (MqttException e) {
                    LOG.log(Level.FINE, "MQTT acknowledgement on " + topic, e);
                } finally {
                    waiting.release();
                }
            }, executor);
        }
    }

    /** Drops the connection and connects again: the broker then delivers what was not acknowledged. */
    private void reconnect(MqttAsyncClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect(2_000).waitForCompletion(3_000);
            }
        } catch (MqttException e) {
            LOG.log(Level.FINE, "MQTT disconnect", e);
        }
        if (running) {
            scheduler.schedule(this::connect, 5, TimeUnit.SECONDS);
        }
    }

    public void stop() {
        running = false;
        MqttAsyncClient c = client;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(2_000).waitForCompletion(3_000);
                }
                c.close(true);
            } catch (MqttException e) {
                LOG.log(Level.FINE, "MQTT close", e);
            }
        }
    }
}
