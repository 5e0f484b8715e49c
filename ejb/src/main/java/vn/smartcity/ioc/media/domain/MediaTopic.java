package vn.smartcity.ioc.media.domain;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A topic the city follows in the press: its query (TopicQuery), the least number of articles in an hour
 * that can be a spike, and the incident category an article or a spike of it becomes.
 */
@Entity
@Table(name = "media_topic")
public class MediaTopic {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_topic_seq")
    @SequenceGenerator(name = "media_topic_seq", sequenceName = "media_topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "query", nullable = false, length = 1000)
    private String query;

    @Column(name = "spike_min_count", nullable = false)
    private int spikeMinCount;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Transient
    private TopicQuery parsed;

    protected MediaTopic() {
    }

    public MediaTopic(String code, String name, String query, int spikeMinCount, String categoryCode, boolean active,
                      String by, Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Invalid("media.code");
        }
        this.code = code;
        change(name, query, spikeMinCount, categoryCode, active, by, at);
    }

    public void change(String name, String query, int spikeMinCount, String categoryCode, boolean active, String by,
                       Instant at) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("media.name");
        }
        this.parsed = TopicQuery.parse(query);
        if (spikeMinCount < 1 || spikeMinCount > 10_000) {
            throw new Invalid("media.spike");
        }
        this.name = name.strip();
        this.query = parsed.text();
        this.spikeMinCount = spikeMinCount;
        this.categoryCode = categoryCode;
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
    }

    public boolean matches(String folded) {
        if (parsed == null) {
            parsed = TopicQuery.parse(query);
        }
        return parsed.matches(folded);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getQuery() { return query; }
    public int getSpikeMinCount() { return spikeMinCount; }
    public String getCategoryCode() { return categoryCode; }
    public boolean isActive() { return active; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
