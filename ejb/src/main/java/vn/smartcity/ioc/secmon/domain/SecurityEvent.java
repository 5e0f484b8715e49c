package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A received security event as kept for search: where from, when, what, and the level the rules gave it. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 1000)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "event_time", nullable = false)
    private Instant eventTime;

    @Column(name = "format", nullable = false, length = 8)
    private String format;

    @Column(name = "transport", nullable = false, length = 4)
    private String transport;

    @Column(name = "peer", length = 64)
    private String peer;

    @Column(name = "facility", nullable = false)
    private int facility;

    @Column(name = "severity", nullable = false)
    private int severity;

    @Column(name = "host", length = 255)
    private String host;

    @Column(name = "app", length = 64)
    private String app;

    @Column(name = "user_name", length = 64)
    private String userName;

    @Column(name = "src_ip", length = 45)
    private String srcIp;

    @Column(name = "dst_port")
    private Integer dstPort;

    @Column(name = "event_level", nullable = false)
    private int level;

    @Column(name = "rule_code", length = 40)
    private String ruleCode;

    @Column(name = "message", nullable = false, length = 2000)
    private String message;

    protected SecurityEvent() {
    }

    public SecurityEvent(SyslogMessage m, int level, String ruleCode) {
        this.receivedAt = m.receivedAt();
        this.eventTime = m.at();
        this.format = m.format();
        this.transport = m.transport();
        this.peer = clip(m.peer(), 64);
        this.facility = m.facility();
        this.severity = m.severity();
        this.host = clip(m.host(), 255);
        this.app = clip(m.app(), 64);
        this.userName = clip(m.field("user"), 64);
        this.srcIp = clip(m.field("src"), 45);
        this.dstPort = port(m.field("dpt"));
        this.level = level;
        this.ruleCode = ruleCode;
        this.message = clip(m.message() == null || m.message().isEmpty() ? "-" : m.message(), 2000);
    }

    private static Integer port(String s) {
        if (s == null) {
            return null;
        }
        try {
            int p = Integer.parseInt(s);
            return p >= 0 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    public Long getId() { return id; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getEventTime() { return eventTime; }
    public String getFormat() { return format; }
    public String getTransport() { return transport; }
    public String getPeer() { return peer; }
    public int getFacility() { return facility; }
    public int getSeverity() { return severity; }
    public String getHost() { return host; }
    public String getApp() { return app; }
    public String getUserName() { return userName; }
    public String getSrcIp() { return srcIp; }
    public Integer getDstPort() { return dstPort; }
    public int getLevel() { return level; }
    public String getRuleCode() { return ruleCode; }
    public String getMessage() { return message; }
}
