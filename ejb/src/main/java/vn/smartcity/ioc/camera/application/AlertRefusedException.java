package vn.smartcity.ioc.camera.application;

import jakarta.ejb.ApplicationException;

/** An alert or rule action that cannot be done, with a message for the operator; nothing was changed. */
@ApplicationException(rollback = true)
public class AlertRefusedException extends RuntimeException {

    public AlertRefusedException(String message) {
        super(message);
    }
}
