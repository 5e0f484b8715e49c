package vn.smartcity.ioc.camera.application;

import vn.smartcity.ioc.camera.domain.CameraAlert;

/** Tells every console showing live alerts (the IocLiveAlerts topic), in the transaction that raised the alert. */
public interface AlertPublisher {

    /** {@code camera}: the camera as the pipeline knows it (name and place), or null when it is no longer active. */
    void raised(CameraAlert alert, CameraDirectory.CameraInfo camera);
}
