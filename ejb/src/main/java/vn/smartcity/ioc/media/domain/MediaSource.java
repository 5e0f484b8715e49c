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
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * An RSS 2.0 or Atom feed the IOC polls every {@code pollMinutes}, with what it needs for conditional requests
 * (ETag, Last-Modified) and its health: the last success, the last error and how many polls failed in a row.
 */
@Entity
@Table(name = "media_source")
public class MediaSource {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** Healthy: the last poll worked; failing: the last one failed; unknown: never polled. */
    public enum Health { UNKNOWN, HEALTHY, FAILING }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_source_seq")
    @SequenceGenerator(name = "media_source_seq", sequenceName = "media_source_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    @Column(name = "poll_minutes", nullable = false)
    private int pollMinutes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "etag", length = 300)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "next_poll_at")
    private Instant nextPollAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "articles", nullable = false)
    private int articles;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected MediaSource() {
    }

    public MediaSource(String code, String name, String url, int pollMinutes, boolean active, String by, Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Invalid("media.code");
        }
        this.code = code;
        change(name, url, pollMinutes, active, by, at);
    }

    public void change(String name, String url, int pollMinutes, boolean active, String by, Instant at) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("media.name");
        }
        if (url == null || !url.strip().matches("https?://\\S{3,990}")) {
            throw new Invalid("media.sourceUrl");
        }
        if (pollMinutes < 1 || pollMinutes > 1440) {
            throw new Invalid("media.pollInterval");
        }
        boolean moved = this.url != null && !this.url.equals(url.strip());
        this.name = name.strip();
        this.url = url.strip();
        this.pollMinutes = pollMinutes;
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
        if (moved) {
            etag = null;
            lastModified = null;
        }
        if (nextPollAt == null || moved) {
            nextPollAt = at;
        }
    }

    /** A poll worked (new content or "not modified"). */
    public void succeeded(Instant at, String etag, String lastModified, int added) {
        this.lastSuccessAt = at;
        this.failures = 0;
        this.etag = etag;
        this.lastModified = lastModified;
        this.articles += added;
        this.nextPollAt = at.plusSeconds(pollMinutes * 60L);
    }

    /** A poll failed: kept with why; polled again later, less often after repeated failures (at most 6 h). */
    public void failed(Instant at, String why) {
        this.lastErrorAt = at;
        this.lastError = why == null ? "error" : why.length() > 500 ? why.substring(0, 500) : why;
        this.failures++;
        long minutes = Math.min(360, (long) pollMinutes << Math.min(failures - 1, 6));
        this.nextPollAt = at.plusSeconds(minutes * 60);
    }

    public Health health() {
        if (lastSuccessAt == null && lastErrorAt == null) {
            return Health.UNKNOWN;
        }
        return failures > 0 ? Health.FAILING : Health.HEALTHY;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getUrl() { return url; }
    public int getPollMinutes() { return pollMinutes; }
    public boolean isActive() { return active; }
    public String getEtag() { return etag; }
    public String getLastModified() { return lastModified; }
    public Instant getNextPollAt() { return nextPollAt; }
    public Instant getLastSuccessAt() { return lastSuccessAt; }
    public Instant getLastErrorAt() { return lastErrorAt; }
    public String getLastError() { return lastError; }
    public int getFailures() { return failures; }
    public int getArticles() { return articles; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
