package vn.smartcity.ioc.camera.infrastructure;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import vn.smartcity.ioc.camera.application.CameraSettings;

/**
 * The MQTT door: subscribes to Frigate's {@code <prefix>/events}, {@code <prefix>/reviews} and the objects'
 * pictures {@code <prefix>/+/+/snapshot} with QoS 1 on the
 * broker of {@code IOC_MQTT_URL} (off when unset) and hands each message to {@link FrigateDoor}. A persistent
 * session (clean session off, a fixed client id) makes the broker keep QoS 1 messages while the IOC is away;
 * a message is acknowledged only after its transaction committed, so none is lost, and the event id (a hash of
 * the payload) makes a second delivery a duplicate. Reconnects by itself after the broker restarts, and keeps
 * trying when the broker is not there at start-up. Each node of a cluster needs its own IOC_MQTT_CLIENT_ID;
 * all nodes then receive every message and store it once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FrigateBridge {

    private static final Logger LOG = Logger.getLogger(FrigateBridge.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    FrigateDoor door;

    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private CameraSettings settings;
    private int failedConnects;

    @PostConstruct
    void start() {
        settings = CameraSettings.fromEnvironment();
        if (settings.mqttUrl() == null) {
            LOG.info("MQTT bridge off (IOC_MQTT_URL not set)");
            return;
        }
        try {
            client = new MqttAsyncClient(settings.mqttUrl(), settings.mqttClientId(), new MemoryPersistence());
        } catch (MqttException e) {
            LOG.log(Level.SEVERE, "MQTT bridge off: bad IOC_MQTT_URL " + settings.mqttUrl(), e);
            return;
        }
        client.setManualAcks(true);
        client.setCallback(new Callback());
        running = true;
        scheduler.execute(this::connect);
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
        if (settings.mqttUser() != null) {
            options.setUserName(settings.mqttUser());
            options.setPassword(settings.mqttPassword() == null ? new char[0] : settings.mqttPassword().toCharArray());
        }
        try {
            client.connect(options).waitForCompletion(15_000);
        } catch (MqttException e) {
            // once as a warning, then quietly: a broker that is down for an hour must not fill the log
            LOG.log(failedConnects++ == 0 ? Level.WARNING : Level.FINE, "MQTT broker " + settings.mqttUrl()
                    + " not reachable (" + e.getMessage() + "); trying again every 5 s");
            if (running) {
                scheduler.schedule(this::connect, 5, TimeUnit.SECONDS);
            }
        }
    }

    private final class Callback implements MqttCallbackExtended {

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            String prefix = settings.mqttTopicPrefix();
            try {
                client.subscribe(new String[] {prefix + "/events", prefix + "/reviews", prefix + "/+/+/snapshot"},
                        new int[] {1, 1, 1});
                LOG.info(() -> (reconnect ? "re-connected" : "connected") + " to MQTT " + serverURI + ", subscribed to "
                        + prefix + "/events, " + prefix + "/reviews and " + prefix + "/+/+/snapshot");
            } catch (MqttException e) {
                LOG.log(Level.WARNING, "MQTT subscribe failed", e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            LOG.warning(() -> "MQTT connection lost (" + cause + "); reconnecting");
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) throws Exception {
            // on Paho's thread: the work runs on a managed thread (transactions, the application's context), and
            // the acknowledgement follows its commit
            try {
                executor.submit(() -> door.receive(topic, message.getPayload(), settings.mqttClientId())).get(60, TimeUnit.SECONDS);
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

    @PreDestroy
    void stop() {
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
