package vn.smartcity.ioc.camera.application;

import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraAlert;

/** Tells every console showing live alerts (the IocLiveAlerts topic), in the transaction that raised the alert. */
public interface AlertPublisher {

    void raised(CameraAlert alert, Camera camera);
}
