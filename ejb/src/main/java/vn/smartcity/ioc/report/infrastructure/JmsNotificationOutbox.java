package vn.smartcity.ioc.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.annotation.Resource;

import vn.smartcity.ioc.report.application.Notification;
import vn.smartcity.ioc.report.application.NotificationOutbox;
import vn.smartcity.ioc.shared.messaging.Destinations;

/** Sends notifications to the IocNotifications queue through the server's pooled (XA) connection factory. */
@ApplicationScoped
public class JmsNotificationOutbox implements NotificationOutbox {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.NOTIFICATIONS)
    Queue queue;

    @Override
    public void send(Notification notification) {
        jms.createProducer().setProperty("kind", notification.kind())
                .send(queue, NotificationJson.write(notification));
    }
}
