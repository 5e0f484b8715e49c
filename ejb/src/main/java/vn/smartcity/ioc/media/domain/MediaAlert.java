package vn.smartcity.ioc.media.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A spike of a topic's articles in one hour (at most one per topic and hour), which may become an incident. */
@Entity
@Table(name = "media_alert")
public class MediaAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_alert_seq")
    @SequenceGenerator(name = "media_alert_seq", sequenceName = "media_alert_seq", allocationSize = 50)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    @Column(name = "article_count", nullable = false)
    private int articleCount;

    @Column(name = "negative_count", nullable = false)
    private int negativeCount;

    @Column(name = "baseline", nullable = false)
    private double baseline;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "incident_id")
    private Long incidentId;

    protected MediaAlert() {
    }

    public MediaAlert(Long topicId, Instant hourStart, int articleCount, int negativeCount, double baseline,
                      Instant raisedAt) {
        this.topicId = topicId;
        this.hourStart = hourStart;
        this.articleCount = articleCount;
        this.negativeCount = negativeCount;
        this.baseline = baseline;
        this.raisedAt = raisedAt;
    }

    public void becameIncident(long incidentId) {
        this.incidentId = incidentId;
    }

    public Long getId() { return id; }
    public Long getTopicId() { return topicId; }
    public Instant getHourStart() { return hourStart; }
    public int getArticleCount() { return articleCount; }
    public int getNegativeCount() { return negativeCount; }
    public double getBaseline() { return baseline; }
    public Instant getRaisedAt() { return raisedAt; }
    public Long getIncidentId() { return incidentId; }
}
