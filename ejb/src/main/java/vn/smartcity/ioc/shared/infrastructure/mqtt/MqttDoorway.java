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

    private final Broker broker;
    private final String[] topics;
    private final Door door;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private int failedConnects;

    public MqttDoorway(Broker broker, String[] topics, Door door, ExecutorService executor, ScheduledExecutorService scheduler) {
        this.broker = broker;
        this.topics = topics.clone();
        this.door = door;
        this.executor = executor;
        this.scheduler = scheduler;
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

    /** Publishes with QoS 1 (not retained); false when not connected or the broker did not take it in 10 s. */
    public boolean publish(String topic, byte[] payload) {
        MqttAsyncClient c = client;
        if (c == null || !c.isConnected()) {
            return false;
        }
        try {
            c.publish(topic, payload, 1, false).waitForCompletion(10_000);
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
