package vn.smartcity.ioc.report.application;

/** Where notifications go: the notifications queue (JMS), in the transaction of the change that caused them. */
public interface NotificationOutbox {

    void send(Notification notification);
}
