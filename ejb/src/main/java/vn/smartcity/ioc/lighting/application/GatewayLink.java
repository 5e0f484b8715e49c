package vn.smartcity.ioc.lighting.application;

/** The way to the gateways: a command's message to one gateway (MQTT, {@code <prefix>/<gateway>/commands}). */
public interface GatewayLink {

    /** Whether the message went out (the broker took it); false when the IOC is not connected. */
    boolean send(String gateway, byte[] message);
}
