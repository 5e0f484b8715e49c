package vn.smartcity.ioc.secmon.domain;

/** A message that is not syslog the IOC can read; counted as rejected with its reason, never stored. */
public class InvalidSyslogException extends Exception {

    public InvalidSyslogException(String reason) {
        super(reason, null, false, false);
    }
}
