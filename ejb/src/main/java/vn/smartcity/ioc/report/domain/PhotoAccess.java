package vn.smartcity.ioc.report.domain;

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

/**
 * A member of staff opened, approved or withdrew a citizen's photo, or was refused it (not their department):
 * the access log of personal data, as for evidence images. Never changed once written.
 */
@Entity
@Table(name = "report_photo_access")
public class PhotoAccess {

    /** What was done with the photo. */
    public enum Action { VIEW, APPROVE, WITHDRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_photo_access_seq")
    @SequenceGenerator(name = "report_photo_access_seq", sequenceName = "report_photo_access_seq", allocationSize = 50)
    private Long id;

    @Column(name = "photo_id", nullable = false, updatable = false)
    private long photoId;

    @Column(name = "accessed_by", nullable = false, length = 100, updatable = false)
    private String accessedBy;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10, updatable = false)
    private Action action;

    @Column(name = "allowed", nullable = false, updatable = false)
    private boolean allowed;

    protected PhotoAccess() {
    }

    public PhotoAccess(long photoId, String accessedBy, Instant accessedAt, Action action, boolean allowed) {
        this.photoId = photoId;
        this.accessedBy = accessedBy;
        this.accessedAt = accessedAt;
        this.action = action;
        this.allowed = allowed;
    }

    public long getPhotoId() { return photoId; }
    public String getAccessedBy() { return accessedBy; }
    public Instant getAccessedAt() { return accessedAt; }
    public Action getAction() { return action; }
    public boolean isAllowed() { return allowed; }
}
