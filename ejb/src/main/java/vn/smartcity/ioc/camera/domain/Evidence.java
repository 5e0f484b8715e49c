package vn.smartcity.ioc.camera.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An evidence image, stored once under its SHA-256, kept until its purpose's retention ends. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false, length = 20, updatable = false)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "bytes", nullable = false, length = 6_000_000, updatable = false)
    private byte[] bytes;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "camera_code", nullable = false, length = 40, updatable = false)
    private String cameraCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 10, updatable = false)
    private EvidencePurpose purpose;

    @Column(name = "captured_at", nullable = false, updatable = false)
    private Instant capturedAt;

    @Column(name = "retain_until", nullable = false, updatable = false)
    private Instant retainUntil;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    protected Evidence() {
    }

    public Evidence(String sha256, String mediaType, byte[] bytes, String cameraCode, EvidencePurpose purpose,
                    Instant capturedAt, Instant retainUntil, Instant storedAt) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.bytes = bytes;
        this.sizeBytes = bytes.length;
        this.cameraCode = cameraCode;
        this.purpose = purpose;
        this.capturedAt = capturedAt;
        this.retainUntil = retainUntil;
        this.storedAt = storedAt;
    }

    public Long getId() { return id; }
    public String getSha256() { return sha256; }
    public String getMediaType() { return mediaType; }
    public byte[] getBytes() { return bytes; }
    public int getSizeBytes() { return sizeBytes; }
    public String getCameraCode() { return cameraCode; }
    public EvidencePurpose getPurpose() { return purpose; }
    public Instant getCapturedAt() { return capturedAt; }
    public Instant getRetainUntil() { return retainUntil; }
    public Instant getStoredAt() { return storedAt; }
}
