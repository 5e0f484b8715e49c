package vn.smartcity.ioc.media.application;

import jakarta.ejb.ApplicationException;

/** A media action that cannot be done as asked, with a message for staff; nothing was changed. */
@ApplicationException(rollback = true)
public class MediaRefusedException extends RuntimeException {

    public MediaRefusedException(String message) {
        super(message);
    }
}
