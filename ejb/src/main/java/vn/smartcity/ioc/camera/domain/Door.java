package vn.smartcity.ioc.camera.domain;

/** How a detection event reached the IOC: the JMS queue, the REST API, or the MQTT bridge (Frigate). */
public enum Door { JMS, REST, MQTT }
