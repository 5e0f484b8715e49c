package vn.smartcity.ioc.web.console.alerts;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Relays the IocLiveAlerts topic to the consoles connected to this node (every node subscribes, so a console
 * gets the alert whichever node raised it). One session keeps the alerts in order; relaying never waits for a
 * console (LiveAlertSessions) and never fails the message. The message properties {@code kind} and
 * {@code department} (SLA escalations) decide which consoles get it (LiveAlertAudience).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/IocLiveAlerts"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class LiveAlertsRelay implements MessageListener {

    private static final Logger LOG = Logger.getLogger(LiveAlertsRelay.class.getName());

    @Inject
    LiveAlertSessions sessions;

    @Override
    public void onMessage(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                String kind = message.getStringProperty("kind");
                int to = sessions.broadcast(text.getText(), kind, message.getStringProperty("department"));
                LOG.fine(() -> "live alert " + kind + " to " + to + " of " + sessions.count() + " console(s)");
            }
        } catch (JMSException | RuntimeException e) {
            // a live alert is for the consoles of now: never redelivered (which would hold up the ones behind it)
            LOG.log(Level.WARNING, "live alert not relayed", e);
        }
    }
}
