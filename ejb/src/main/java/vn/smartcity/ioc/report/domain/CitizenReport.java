package vn.smartcity.ioc.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.NotNow;

/**
 * What a citizen told the city, through the portal or an Open311 client: it feeds exactly one incident
 * (a new one, or an open one about the same problem). The id is public (Open311 {@code service_request_id});
 * the tracking code is the citizen's secret. Name, phone and email are personal data: they serve only to
 * answer the citizen and are never shown publicly.
 */
@Entity
@Table(name = "citizen_report")
public class CitizenReport {

    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_RATING_COMMENT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_report_seq")
    @SequenceGenerator(name = "citizen_report_seq", sequenceName = "citizen_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, length = 12, unique = true)
    private String trackingCode;

    /** Set right after the report is stored, in the same transaction: the incident's source names the report. */
    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    /** Required on the portal; Open311 clients may leave it out. */
    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    /** An Open311 client's link to its own copy of a photo (shown as given, never fetched by the IOC). */
    @Column(name = "media_url", length = 500)
    private String mediaUrl;

    @Column(name = "reporter_name", length = 100)
    private String reporterName;

    @Column(name = "reporter_phone", length = 20)
    private String reporterPhone;

    @Column(name = "reporter_email", length = 200)
    private String reporterEmail;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private ReportChannel channel;

    @Column(name = "api_client_id")
    private Long apiClientId;

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = MAX_RATING_COMMENT)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** Answers to the category's questions ({@link ServiceDefinition}), checked before they are kept. */
    @ElementCollection
    @CollectionTable(name = "citizen_report_answer", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<AttributeAnswer> answers = new ArrayList<>();

    protected CitizenReport() {
    }

    /** Checked values only: the application service validates and explains before it builds one. */
    public CitizenReport(String categoryCode, String description, String wardCode, String address, Double latitude,
                         Double longitude, String mediaUrl, Reporter reporter, String language, ReportChannel channel, Long apiClientId,
                         String clientHash, Instant now) {
        this.trackingCode = TrackingCode.generate();
        this.categoryCode = categoryCode;
        this.description = description;
        this.wardCode = wardCode;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.mediaUrl = mediaUrl;
        this.reporterName = reporter.name();
        this.reporterPhone = reporter.phone();
        this.reporterEmail = reporter.email();
        this.language = language;
        this.channel = channel;
        this.apiClientId = apiClientId;
        this.clientHash = clientHash;
        this.submittedAt = now;
        this.consentAt = now;
    }

    /** Keeps the answers to the category's questions, as {@link ServiceDefinition#answers} checked them. */
    public void answer(List<AttributeAnswer> checked) {
        answers.clear();
        answers.addAll(checked);
    }

    public List<AttributeAnswer> getAnswers() {
        return List.copyOf(answers);
    }

    /** The incident this report feeds (set once, when it is filed). */
    public void feeds(long incidentId) {
        if (this.incidentId != null && this.incidentId != incidentId) {
            throw new IllegalStateException("Report " + id + " already feeds incident " + this.incidentId); // a defect, not a refusal
        }
        this.incidentId = incidentId;
    }

    /** The citizen's verdict on the result: once, 1 to 5 stars. */
    public void rate(int stars, String comment, Instant now) {
        if (rating != null) {
            throw new NotNow("report.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw new Invalid("report.ratingRange");
        }
        if (comment != null && comment.length() > MAX_RATING_COMMENT) {
            throw new Invalid("report.commentTooLong", MAX_RATING_COMMENT);
        }
        this.rating = stars;
        this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.ratedAt = now;
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    /** What the tracking page shows of this report (as {@link CitizenReportRepository#trackedByCode} reads it). */
    public TrackedReport tracked() {
        return new TrackedReport(id, trackingCode, incidentId, categoryCode, description, wardCode, address, latitude,
                longitude, submittedAt, rating, ratingComment);
    }

    public Long getIncidentId() { return incidentId; }
    public String getCategoryCode() { return categoryCode; }
    public String getDescription() { return description; }
    public String getWardCode() { return wardCode; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public String getMediaUrl() { return mediaUrl; }
    public Reporter getReporter() { return new Reporter(reporterName, reporterPhone, reporterEmail); }
    public String getLanguage() { return language; }
    public ReportChannel getChannel() { return channel; }
    public Long getApiClientId() { return apiClientId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Integer getRating() { return rating; }
    public String getRatingComment() { return ratingComment; }
    public Instant getRatedAt() { return ratedAt; }
}
