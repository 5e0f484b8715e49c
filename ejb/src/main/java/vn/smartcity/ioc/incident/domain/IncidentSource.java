package vn.smartcity.ioc.incident.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.smartcity.ioc.shared.domain.Invalid;

/** One source of an incident: what kind, and the reference in its own context (report code, alert id...). */
@Embeddable
public class IncidentSource {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SourceKind kind;

    @Column(name = "reference", nullable = false, length = 100)
    private String reference;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected IncidentSource() {
    }

    public IncidentSource(SourceKind kind, String reference, Instant addedAt) {
        if (kind == null || reference == null || reference.isBlank() || addedAt == null) {
            throw new Invalid("incident.sourceIncomplete");
        }
        this.kind = kind;
        this.reference = reference;
        this.addedAt = addedAt;
    }

    public SourceKind getKind() { return kind; }
    public String getReference() { return reference; }
    public Instant getAddedAt() { return addedAt; }
}
