package vn.smartcity.ioc.camera.application;

import jakarta.ejb.ApplicationException;

/** A camera that cannot be added or changed as asked, with a message for staff; nothing was changed. */
@ApplicationException(rollback = true)
public class CameraRefusedException extends RuntimeException {

    public CameraRefusedException(String message) {
        super(message);
    }
}
