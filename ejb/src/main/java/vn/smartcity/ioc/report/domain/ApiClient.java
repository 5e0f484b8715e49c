package vn.smartcity.ioc.report.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * An Open311 client allowed to post service requests: the key itself is shown once when issued and only its
 * SHA-256 is kept (with its first characters, so admins can tell keys apart).
 */
@Entity
@Table(name = "open311_client")
public class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_client_seq")
    @SequenceGenerator(name = "open311_client_seq", sequenceName = "open311_client_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "key_prefix", nullable = false, length = 8)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    private String keyHash;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiClient() {
    }

    public ApiClient(String name, String keyPrefix, String keyHash, String issuedBy, Instant issuedAt) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Invalid("report.apiClientName");
        }
        this.name = name.strip();
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            this.revokedBy = by;
            this.revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getKeyPrefix() { return keyPrefix; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
}
