package vn.smartcity.ioc.lighting.infrastructure;

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

import vn.smartcity.ioc.lighting.application.GatewayLink;
import vn.smartcity.ioc.shared.infrastructure.mqtt.MqttDoorway;

/**
 * The street-lighting gateways on MQTT: subscribes to {@code <IOC_LIGHTING_MQTT_PREFIX>/+/telemetry} and
 * {@code …/+/acks} (default prefix {@code ioc/lighting}) with QoS 1 on the broker of {@code IOC_MQTT_URL} (the same broker and account as the
 * Frigate bridge; off when unset), client id {@code <IOC_MQTT_CLIENT_ID>-lighting}, and hands each message to
 * {@link LightingDoor} (in {@code IOC_LIGHTING_MQTT_LANES} parallel lanes, a gateway's messages in order); publishes the commands on {@code …/<gateway>/commands}. A persistent session keeps the
 * gateways' messages while the IOC is away; each is acknowledged after its transaction committed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class LightingBridge implements GatewayLink {

    private static final Logger LOG = Logger.getLogger(LightingBridge.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    LightingDoor door;

    private volatile MqttDoorway doorway;

    @PostConstruct
    void start() {
        String url = LightingTopics.env("IOC_MQTT_URL");
        if (url == null) {
            LOG.info("lighting MQTT door off (IOC_MQTT_URL not set)");
            return;
        }
        String host = System.getenv().getOrDefault("HOSTNAME", "node");
        String clientId = System.getenv().getOrDefault("IOC_MQTT_CLIENT_ID", "ioc-" + host) + "-lighting";
        doorway = new MqttDoorway(new MqttDoorway.Broker(url, LightingTopics.env("IOC_MQTT_USER"),
                LightingTopics.env("IOC_MQTT_PASSWORD"), clientId),
                new String[] {LightingTopics.prefix() + "/+/telemetry", LightingTopics.prefix() + "/+/acks"}, door::receive, executor, scheduler, LightingTopics.lanes());
        if (!doorway.start()) {
            doorway = null;
        }
    }

    /** Publishes a command on {@code <prefix>/<gateway>/commands} (QoS 1). */
    @Override
    public boolean send(String gateway, byte[] message) {
        MqttDoorway d = doorway;
        return d != null && d.publish(LightingTopics.prefix() + "/" + gateway + "/commands", message);
    }

    @PreDestroy
    void stop() {
        if (doorway != null) {
            doorway.stop();
        }
    }
}
