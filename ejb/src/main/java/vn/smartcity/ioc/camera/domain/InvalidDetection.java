package vn.smartcity.ioc.camera.domain;

/** A detection message that cannot be stored as it is; the message says why, for the sender and the console. */
public class InvalidDetection extends Exception {

    public InvalidDetection(String reason) {
        super(reason);
    }
}
