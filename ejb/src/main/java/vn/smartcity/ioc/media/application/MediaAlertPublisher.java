package vn.smartcity.ioc.media.application;

import vn.smartcity.ioc.media.domain.MediaAlert;
import vn.smartcity.ioc.media.domain.MediaTopic;

/** Tells the consoles about a spike (the IocLiveAlerts topic in service; docs/messaging.md). */
public interface MediaAlertPublisher {

    void raised(MediaAlert alert, MediaTopic topic);
}
