package vn.smartcity.ioc.camera.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Someone looked at (or asked for) an evidence image. */
@Entity
@Table(name = "evidence_access")
public class EvidenceAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_access_seq")
    @SequenceGenerator(name = "evidence_access_seq", sequenceName = "evidence_access_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "accessed_by", nullable = false, length = 100, updatable = false)
    private String accessedBy;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @Column(name = "found", nullable = false, updatable = false)
    private boolean found;

    protected EvidenceAccess() {
    }

    public EvidenceAccess(String sha256, String accessedBy, Instant accessedAt, boolean found) {
        this.sha256 = sha256;
        this.accessedBy = accessedBy;
        this.accessedAt = accessedAt;
        this.found = found;
    }

    public String getSha256() { return sha256; }
    public String getAccessedBy() { return accessedBy; }
    public Instant getAccessedAt() { return accessedAt; }
    public boolean isFound() { return found; }
}
