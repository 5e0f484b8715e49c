package vn.smartcity.ioc.media.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.media.domain.SentimentScorer.Label;

/** An article of a feed, stored once, with its text, sentiment and the topics it matched when it came. */
@Entity
@Table(name = "media_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_article_seq")
    @SequenceGenerator(name = "media_article_seq", sequenceName = "media_article_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(name = "dedupe_key", nullable = false, length = 64)
    private String dedupeKey;

    @Column(name = "url", length = 1000)
    private String url;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "summary", length = 4000)
    private String summary;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "sentiment_score", nullable = false)
    private double sentimentScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "sentiment", nullable = false, length = 10)
    private Label sentiment;

    @Column(name = "incident_id")
    private Long incidentId;

    @ManyToMany
    @JoinTable(name = "media_article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<MediaTopic> topics = new HashSet<>();

    protected Article() {
    }

    public Article(Long sourceId, FeedEntry entry, Instant fetchedAt, SentimentScorer.Sentiment sentiment,
                   Set<MediaTopic> topics) {
        this.sourceId = sourceId;
        this.dedupeKey = entry.dedupeKey();
        this.url = entry.link();
        this.title = entry.title();
        this.summary = entry.text();
        this.publishedAt = entry.publishedAt() == null ? fetchedAt : entry.publishedAt();
        this.fetchedAt = fetchedAt;
        this.sentimentScore = sentiment.score();
        this.sentiment = sentiment.label();
        this.topics = new HashSet<>(topics);
    }

    public void becameIncident(long incidentId) {
        this.incidentId = incidentId;
    }

    public Long getId() { return id; }
    public Long getSourceId() { return sourceId; }
    public String getDedupeKey() { return dedupeKey; }
    public String getUrl() { return url; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getFetchedAt() { return fetchedAt; }
    public double getSentimentScore() { return sentimentScore; }
    public Label getSentiment() { return sentiment; }
    public Long getIncidentId() { return incidentId; }
    public Set<MediaTopic> getTopics() { return topics; }
}
