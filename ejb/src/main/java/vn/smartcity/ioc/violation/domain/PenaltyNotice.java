package vn.smartcity.ioc.violation.domain;

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
 * The penalty notice of a confirmed violation (thông báo vi phạm): its number (the same for the same violation,
 * so a restarted job cannot give it two), the PDF sent to the vehicle's owner and its SHA-256, when and by which
 * job instance it was issued.
 */
@Entity
@Table(name = "penalty_notice")
public class PenaltyNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "penalty_notice_seq")
    @SequenceGenerator(name = "penalty_notice_seq", sequenceName = "penalty_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "violation_id", nullable = false, unique = true)
    private Long violationId;

    @Column(name = "notice_number", nullable = false, length = 30, unique = true)
    private String number;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "pdf", nullable = false, length = 6_000_000)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "job_instance_id", nullable = false)
    private Long jobInstanceId;

    protected PenaltyNotice() {
    }

    public PenaltyNotice(Long violationId, String number, Instant issuedAt, byte[] pdf, String pdfSha256,
                         long jobInstanceId) {
        this.violationId = violationId;
        this.number = number;
        this.issuedAt = issuedAt;
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
        this.jobInstanceId = jobInstanceId;
    }

    /** The notice number of a violation: LC-&lt;year of the violation&gt;-&lt;violation id, 8 digits&gt;. */
    public static String numberOf(Violation v, java.time.ZoneId zone) {
        return String.format("LC-%d-%08d", v.getObservedAt().atZone(zone).getYear(), v.getId());
    }

    public Long getId() { return id; }
    public Long getViolationId() { return violationId; }
    public String getNumber() { return number; }
    public Instant getIssuedAt() { return issuedAt; }
    public byte[] getPdf() { return pdf; }
    public String getPdfSha256() { return pdfSha256; }
    public Long getJobInstanceId() { return jobInstanceId; }
}
