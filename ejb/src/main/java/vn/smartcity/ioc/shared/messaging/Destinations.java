package vn.smartcity.ioc.shared.messaging;

/** JNDI names of the JMS destinations created by configure-messaging.cli. */
public final class Destinations {

    /** Durable queue of camera / analytics detection events (redelivery, DLQ, duplicate detection). */
    public static final String DETECTION_EVENTS = "java:/jms/queue/IocDetectionEvents";
    /** Dead letters of the detection queue. */
    public static final String DETECTION_EVENTS_DLQ = "java:/jms/queue/IocDetectionEventsDLQ";
    /** Topic of live alerts pushed to operator consoles. */
    public static final String LIVE_ALERTS = "java:/jms/topic/IocLiveAlerts";
    /** Durable queue of outgoing notifications (mail to citizens and staff). */
    public static final String NOTIFICATIONS = "java:/jms/queue/IocNotifications";
    /** Dead letters of the notification queue. */
    public static final String NOTIFICATIONS_DLQ = "java:/jms/queue/IocNotificationsDLQ";
    /** The street-lighting gateways' unreadable messages, with their reasons (docs/lighting.md). */
    public static final String LIGHTING_DEAD_LETTERS = "java:/jms/queue/IocLightingDeadLetters";

    /** Message property Artemis uses for duplicate detection; senders set it to the event id. */
    public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

    private Destinations() {
    }
}
