package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One security event as read: syslog (RFC 5424 or RFC 3164) with, when its message is CEF, the CEF header and
 * extension; and what the rules look at, taken from wherever it was (CEF keys, structured data, the text:
 * "user X", "from 1.2.3.4", "SRC=", "DPT="): user, source IP, destination IP and port.
 *
 * @param format   RFC5424, RFC3164 or CEF (a CEF message inside either)
 * @param severity syslog severity 0 (emergency) … 7 (debug), or -1
 * @param peer     the address it came from
 */
public record SyslogMessage(String format, int facility, int severity, Instant timestamp, String host, String app,
                            String procId, String msgId, String structuredData, String message,
                            Map<String, String> fields, String peer, String transport, Instant receivedAt) {

    public SyslogMessage {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A field the rules use: host, app, message, user, src, dst, dpt, cef.name, cef.signature, … */
    public String field(String name) {
        return switch (name) {
            case "host" -> host;
            case "app" -> app;
            case "message" -> message;
            case "peer" -> peer;
            case "msgid" -> msgId;
            default -> fields.get(name);
        };
    }

    public Instant at() {
        return timestamp != null ? timestamp : receivedAt;
    }
}
