package vn.smartcity.ioc.camera.infrastructure;

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

import vn.smartcity.ioc.camera.application.CameraSettings;
import vn.smartcity.ioc.shared.infrastructure.mqtt.MqttDoorway;

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

    private MqttDoorway doorway;

    @PostConstruct
    void start() {
        CameraSettings settings = CameraSettings.fromEnvironment();
        if (settings.mqttUrl() == null) {
            LOG.info("MQTT bridge off (IOC_MQTT_URL not set)");
            return;
        }
        String prefix = settings.mqttTopicPrefix();
        String clientId = settings.mqttClientId();
        doorway = new MqttDoorway(new MqttDoorway.Broker(settings.mqttUrl(), settings.mqttUser(), settings.mqttPassword(),
                clientId), new String[] {prefix + "/events", prefix + "/reviews", prefix + "/+/+/snapshot"},
                (topic, payload) -> door.receive(topic, payload, clientId), executor, scheduler);
        if (!doorway.start()) {
            doorway = null;
        }
    }

    @PreDestroy
    void stop() {
        if (doorway != null) {
            doorway.stop();
        }
    }
}
