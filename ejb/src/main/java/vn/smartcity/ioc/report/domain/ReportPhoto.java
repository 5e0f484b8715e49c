package vn.smartcity.ioc.report.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A citizen's photo of the problem, as stored: already checked and re-encoded without metadata
 * ({@link CleanImage}). Public only after staff approved it.
 */
@Entity
@Table(name = "report_photo")
public class ReportPhoto {

    public static final int MAX_PER_REPORT = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_photo_seq")
    @SequenceGenerator(name = "report_photo_seq", sequenceName = "report_photo_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "data", nullable = false, length = 6_000_000)
    private byte[] data;

    @Column(name = "approved", nullable = false)
    private boolean approved;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected ReportPhoto() {
    }

    public ReportPhoto(long reportId, int position, CleanImage image) {
        this.reportId = reportId;
        this.position = position;
        this.contentType = image.contentType();
        this.data = image.bytes();
        this.sizeBytes = image.bytes().length;
        this.width = image.width();
        this.height = image.height();
        this.sha256 = image.sha256();
    }

    /** Staff decide whether the photo may be shown publicly (it may show faces, plates, private places). */
    public void review(boolean approve, String by, Instant at) {
        this.approved = approve;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getPosition() { return position; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public String getSha256() { return sha256; }
    public byte[] getData() { return data; }
    public boolean isApproved() { return approved; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
