package vn.smartcity.ioc.shared.infrastructure.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: when, and by whom (the logged-in staff member, or "system"). */
@Entity
@Table(name = "ioc_revision")
@RevisionEntity(IocRevisionListener.class)
public class IocRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ioc_revision_seq")
    @SequenceGenerator(name = "ioc_revision_seq", sequenceName = "ioc_revision_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    public Long getId() { return id; }
    public Instant getAt() { return Instant.ofEpochMilli(timestamp); }
    public String getUsername() { return username; }

    void setUsername(String username) {
        this.username = username;
    }
}
