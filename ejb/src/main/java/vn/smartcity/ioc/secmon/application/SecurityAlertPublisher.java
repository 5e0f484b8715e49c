package vn.smartcity.ioc.secmon.application;

import vn.smartcity.ioc.secmon.domain.SecurityAlert;

/** Tells the consoles about a security alert (the IocLiveAlerts topic in service; docs/messaging.md). */
public interface SecurityAlertPublisher {

    void raised(SecurityAlert alert);
}
