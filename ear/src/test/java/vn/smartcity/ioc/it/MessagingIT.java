package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.Management;

/**
 * The JMS destinations of configure-messaging.cli on the server's embedded Artemis, and a remote client
 * (what a camera or analytics worker is) sending over HTTP upgrade on port 8080 with an integration account.
 * Sending, duplicate detection and consumption of detection events: DetectionIngestIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingIT extends IocDeployment {

    static final String REMOTE_URL = "tcp://127.0.0.1:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
    static final String[] SERVER = {"subsystem", "messaging-activemq", "server", "default"};

    @Test
    void theDetectionQueueRedeliversThenDeadLetters() throws Exception {
        try (Management m = new Management()) {
            ModelNode settings = m.readResource(false, with("address-setting", "jms.queue.IocDetectionEvents"));
            assertEquals("jms.queue.IocDetectionEventsDLQ", settings.get("dead-letter-address").asString());
            assertEquals(5, settings.get("max-delivery-attempts").asInt());
            assertEquals(2000, settings.get("redelivery-delay").asLong());
            assertEquals(60000, settings.get("max-redelivery-delay").asLong());
            m.readResource(false, with("jms-queue", "IocDetectionEventsDLQ"));
        }
    }

    @Test
    void theAlertTopicAndTheNotificationQueueExist() throws Exception {
        try (Management m = new Management()) {
            assertTrue(m.readResource(false, with("jms-topic", "IocLiveAlerts")).get("entries").asString()
                    .contains("java:/jms/topic/IocLiveAlerts"));
            ModelNode notifications = m.readResource(false, with("address-setting", "jms.queue.IocNotifications"));
            assertEquals("jms.queue.IocNotificationsDLQ", notifications.get("dead-letter-address").asString());
            m.readResource(false, with("jms-queue", "IocNotifications"));
        }
    }

    @Test
    void aRemoteClientWithAWrongPasswordIsRefused() {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(REMOTE_URL)) {
            assertThrows(JMSSecurityRuntimeException.class, () -> {
                try (JMSContext jms = factory.createContext("ioc-camera", "wrong")) {
                    jms.createProducer().send(jms.createQueue("IocDetectionEvents"), "x");
                }
            });
        }
    }

    /** Messages in the detection queue, including those being delivered. */
    static long messageCount() throws Exception {
        try (Management m = new Management()) {
            return m.execute(Management.operation("count-messages", with("jms-queue", "IocDetectionEvents"))).asLong();
        }
    }

    private static String[] with(String type, String name) {
        String[] address = java.util.Arrays.copyOf(SERVER, SERVER.length + 2);
        address[SERVER.length] = type;
        address[SERVER.length + 1] = name;
        return address;
    }
}
