package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A rule hit at or above the alert level: what, where, how many events, and the incident it opened, if any. */
@Entity
@Table(name = "security_alert")
public class SecurityAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_alert_seq")
    @SequenceGenerator(name = "security_alert_seq", sequenceName = "security_alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "rule_code", nullable = false, length = 40)
    private String ruleCode;

    @Column(name = "rule_level", nullable = false)
    private int ruleLevel;

    @Column(name = "alert_level", nullable = false)
    private int level;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "host", length = 255)
    private String host;

    @Column(name = "group_key", length = 255)
    private String groupKey;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Column(name = "sample", nullable = false, length = 2000)
    private String sample;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "incident_id")
    private Long incidentId;

    protected SecurityAlert() {
    }

    public SecurityAlert(String ruleCode, int ruleLevel, int level, String title, String host, String groupKey,
                         int eventCount, String sample, Instant observedAt, Instant raisedAt) {
        this.ruleCode = ruleCode;
        this.ruleLevel = ruleLevel;
        this.level = level;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.host = host == null || host.length() <= 255 ? host : host.substring(0, 255);
        this.groupKey = groupKey == null || groupKey.length() <= 255 ? groupKey : groupKey.substring(0, 255);
        this.eventCount = eventCount;
        this.sample = sample == null || sample.isEmpty() ? "-" : sample.length() > 2000 ? sample.substring(0, 2000) : sample;
        this.observedAt = observedAt;
        this.raisedAt = raisedAt;
    }

    public void openedIncident(long id) {
        this.incidentId = id;
    }

    public Long getId() { return id; }
    public String getRuleCode() { return ruleCode; }
    public int getRuleLevel() { return ruleLevel; }
    public int getLevel() { return level; }
    public String getTitle() { return title; }
    public String getHost() { return host; }
    public String getGroupKey() { return groupKey; }
    public int getEventCount() { return eventCount; }
    public String getSample() { return sample; }
    public Instant getObservedAt() { return observedAt; }
    public Instant getRaisedAt() { return raisedAt; }
    public Long getIncidentId() { return incidentId; }
}
