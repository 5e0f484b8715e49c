package vn.smartcity.ioc.violation.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The fines of one decree, in force from a day to a day (inclusive; open-ended while it is the current one).
 * A violation is fined by the schedule in force on the day it happened, in Vietnam's calendar.
 */
@Entity
@Table(name = "fine_schedule")
public class FineSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fine_schedule_seq")
    @SequenceGenerator(name = "fine_schedule_seq", sequenceName = "fine_schedule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "decree", nullable = false, length = 60, unique = true)
    private String decree;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FineSchedule() {
    }

    public FineSchedule(String decree, String title, LocalDate effectiveFrom, String createdBy, Instant createdAt) {
        this.decree = decree;
        this.title = title;
        this.effectiveFrom = effectiveFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** A newer decree takes over from {@code day}: this one was in force until the day before. */
    public void supersededFrom(LocalDate day) {
        this.effectiveTo = day.minusDays(1);
    }

    public Long getId() { return id; }
    public String getDecree() { return decree; }
    public String getTitle() { return title; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getCreatedBy() { return createdBy; }
}
