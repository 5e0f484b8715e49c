package vn.smartcity.ioc.secmon.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/** A host of the city's systems (name or address as it appears in events), its owner and how critical it is. */
@Entity
@Table(name = "security_asset")
public class SecurityAsset {

    /** How much an alert on the asset is raised: low +0, medium +1, high +2, critical +3 (at most level 15). */
    public enum Criticality {
        LOW(0), MEDIUM(1), HIGH(2), CRITICAL(3);

        public final int bonus;

        Criticality(int bonus) {
            this.bonus = bonus;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_asset_seq")
    @SequenceGenerator(name = "security_asset_seq", sequenceName = "security_asset_seq", allocationSize = 50)
    private Long id;

    @Column(name = "host", nullable = false, length = 255)
    private String host;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "owner", length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "criticality", nullable = false, length = 10)
    private Criticality criticality;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SecurityAsset() {
    }

    public SecurityAsset(String host, String name, String owner, Criticality criticality, String by, Instant at) {
        if (host == null || !host.strip().matches("[A-Za-z0-9._:-]{1,255}")) {
            throw new Invalid("secmon.assetHost");
        }
        this.host = host.strip().toLowerCase(java.util.Locale.ROOT);
        change(name, owner, criticality, by, at);
    }

    public void change(String name, String owner, Criticality criticality, String by, Instant at) {
        if (name == null || name.isBlank() || name.length() > 200 || owner != null && owner.length() > 200) {
            throw new Invalid("secmon.name");
        }
        if (criticality == null) {
            throw new Invalid("secmon.assetCriticality");
        }
        this.name = name.strip();
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        this.criticality = criticality;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public String getHost() { return host; }
    public String getName() { return name; }
    public String getOwner() { return owner; }
    public Criticality getCriticality() { return criticality; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
