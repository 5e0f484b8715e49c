package vn.smartcity.ioc.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * Something in the city that needs the city's action: a flood, a broken light, a fight on a square.
 * It gathers its sources, belongs to a category, a ward and a responsible department, is due by the
 * category's SLA, and moves through {@link IncidentState}s only by the transitions below, each of which
 * records a {@link TimelineEntry}.
 */
@Entity
@Table(name = "incident")
@Audited
public class Incident {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = MAX_TEXT)
    private String description;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private IncidentState state;

    @Column(name = "assignee", length = 100)
    private String assignee;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** When the SLA watch warns: the last fifth of the time to the due time begins. */
    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "sla_warned_at")
    private Instant slaWarnedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "public_answer", length = MAX_TEXT)
    private String publicAnswer;

    @Column(name = "last_changed_by", nullable = false, length = 100)
    private String lastChangedBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id"))
    private List<IncidentSource> sources = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChecklistStep> checklist = new ArrayList<>();

    protected Incident() {
    }

    private Incident(String title, String description, String categoryCode, String departmentCode, Duration sla,
                     Location location, IncidentSource source, String actor, Instant now) {
        this.title = required(title, "title");
        this.description = bounded(description, "description");
        this.categoryCode = required(categoryCode, "category");
        this.departmentCode = required(departmentCode, "responsibleDepartment");
        this.wardCode = location.wardCode();
        this.address = location.address();
        this.latitude = location.latitude();
        this.longitude = location.longitude();
        this.priority = Priority.NORMAL;
        this.state = IncidentState.NEW;
        this.createdAt = now;
        this.dueAt = now.plus(sla);
        this.warnAt = warningTime(now, dueAt);
        this.sources.add(source);
        record(actor, now, "opened", null, IncidentState.NEW, null, Visibility.PUBLIC);
    }

    /** A new incident from its first source, due within the category's SLA. */
    public static Incident open(String title, String description, String categoryCode, String departmentCode,
                                Duration sla, Location location, IncidentSource source, String actor, Instant now) {
        if (source == null) {
            throw new Invalid("incident.needsSource");
        }
        if (location == null) {
            throw new Invalid("incident.needsPlace");
        }
        if (sla == null || sla.isNegative() || sla.isZero()) {
            throw new Invalid("incident.needsSla");
        }
        return new Incident(title, description, categoryCode, departmentCode, sla, location, source, actor, now);
    }

    /** An operator confirms the incident and sets how urgent it is. */
    public void triage(Priority priority, String note, String actor, Instant now) {
        if (priority == null) {
            throw new Invalid("incident.triageNeedsPriority");
        }
        this.priority = priority;
        move(IncidentState.TRIAGED, "triaged", note, Visibility.INTERNAL, actor, now);
    }

    /** Gives the incident to a department (and optionally a person in it); also re-assigns. */
    public void assign(String departmentCode, String assignee, String note, String actor, Instant now) {
        String department = required(departmentCode, "department");
        move(IncidentState.ASSIGNED, "assigned", note == null ? "→ " + department + (assignee == null ? "" : " / " + assignee) : note,
                Visibility.INTERNAL, actor, now);
        this.departmentCode = department;
        this.assignee = assignee == null || assignee.isBlank() ? null : assignee;
    }

    /** The department starts working on it. */
    public void start(String actor, Instant now) {
        move(IncidentState.IN_PROGRESS, "started", null, Visibility.PUBLIC, actor, now);
    }

    /** The department has fixed it; the answer is what the citizen reads. */
    public void resolve(String publicAnswer, String actor, Instant now) {
        if (publicAnswer == null || publicAnswer.isBlank()) {
            throw new IllegalTransitionException(state, IncidentState.RESOLVED,
                    "incident.resolveNeedsAnswer");
        }
        String answer = bounded(publicAnswer, "publicAnswer");
        move(IncidentState.RESOLVED, "resolved", answer, Visibility.PUBLIC, actor, now);
        this.publicAnswer = answer;
        this.resolvedAt = now;
    }

    /** The standard operating procedure this incident follows (its category's, when it is opened). */
    public void followProcedure(List<SopStep> steps) {
        if (!checklist.isEmpty()) {
            throw new IllegalStateException("Incident " + id + " already has its checklist"); // a defect, not a refusal
        }
        steps.stream().sorted(java.util.Comparator.comparingInt(SopStep::getPosition))
                .forEach(step -> checklist.add(new ChecklistStep(this, step)));
    }

    /** A handler ticks off (or un-ticks) a step of the checklist while the incident is open. */
    public void markStep(int position, boolean done, String actor, Instant now) {
        if (!state.isOpen() && state != IncidentState.RESOLVED) {
            throw new IllegalTransitionException(state, state,
                    "incident.checklistClosed", state);
        }
        ChecklistStep step = checklist.stream().filter(s -> s.getPosition() == position).findFirst()
                .orElseThrow(() -> new Invalid("incident.noStep", position));
        step.mark(done, actor, now);
        record(actor, now, done ? "step-done" : "step-undone", state, state, position + ". " + step.getTextVi(),
                Visibility.INTERNAL);
    }

    /** The mandatory steps not done yet. */
    public List<ChecklistStep> missingSteps() {
        return checklist.stream().filter(s -> s.isMandatory() && !s.isDone()).toList();
    }

    /** Done: confirmed fixed; the mandatory steps of the checklist must be done. */
    public void close(String actor, Instant now) {
        List<ChecklistStep> missing = missingSteps();
        if (!missing.isEmpty() && state.canMoveTo(IncidentState.CLOSED)) {
            throw new IllegalTransitionException(state, IncidentState.CLOSED,
                    "incident.closeNeedsSteps", String.join("; ", missing.stream().map(s -> s.getPosition() + ". " + s.getTextVi()).toList()));
        }
        move(IncidentState.CLOSED, "closed", null, Visibility.PUBLIC, actor, now);
        this.closedAt = now;
    }

    /** Not the city's matter, or not true; the reason is public. */
    public void reject(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException(state, IncidentState.REJECTED,
                    "incident.rejectNeedsReason");
        }
        String why = bounded(reason, "reason");
        move(IncidentState.REJECTED, "rejected", why, Visibility.PUBLIC, actor, now);
        this.rejectionReason = why;
        this.closedAt = now;
    }

    /** The fix was not satisfactory: the incident goes back to work. */
    public void reopen(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException(state, IncidentState.REOPENED,
                    "incident.reopenNeedsReason");
        }
        move(IncidentState.REOPENED, "reopened", bounded(reason, "reason"), Visibility.PUBLIC, actor, now);
        this.resolvedAt = null;
        this.closedAt = null;
    }

    /**
     * This incident is the same problem as {@code survivor}: it becomes a duplicate of it and the survivor
     * gathers its sources, so that whoever followed this one now follows the survivor.
     */
    public void mergeInto(Incident survivor, String actor, Instant now) {
        if (survivor == this || Objects.equals(survivor.id, id) && id != null) {
            throw new IllegalTransitionException(state, IncidentState.DUPLICATE,
                    "incident.duplicateOfItself");
        }
        if (!survivor.state.isOpen()) {
            throw new IllegalTransitionException(state, IncidentState.DUPLICATE,
                    "incident.mergeIntoOpen", survivor.id, survivor.state);
        }
        move(IncidentState.DUPLICATE, "merged", "→ #" + survivor.id, Visibility.PUBLIC, actor, now);
        this.mergedIntoId = survivor.id;
        this.closedAt = now;
        for (IncidentSource source : sources) {
            survivor.sources.add(source);
        }
        survivor.record(actor, now, "absorbed", survivor.state, survivor.state, "← #" + id, Visibility.INTERNAL);
    }

    /** Another report, alert or article about the same incident. */
    public void addSource(IncidentSource source, String actor, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalTransitionException(state, state,
                    "incident.sourceToOpen");
        }
        if (source == null) {
            throw new Invalid("incident.noSourceGiven");
        }
        sources.add(source);
        record(actor, now, "source-added", state, state, source.getKind() + " " + source.getReference(), Visibility.INTERNAL);
    }

    /**
     * Staff write on the incident without changing its state: an internal note for colleagues, or a public
     * answer that the citizens following the incident read (and are told about).
     */
    public void addNote(String text, Visibility visibility, String actor, Instant now) {
        if (state == IncidentState.DUPLICATE) {
            throw new IllegalTransitionException(state, state,
                    "incident.noteOnMerged", mergedIntoId);
        }
        if (text == null || text.isBlank()) {
            throw new Invalid("incident.noteEmpty");
        }
        record(actor, now, visibility == Visibility.PUBLIC ? "public-note" : "note", state, state,
                bounded(text.strip(), "note"), visibility);
    }

    /**
     * The citizen who reported writes to the city (an answer to a question, more details). Everyone
     * following the incident reads it; the state does not change.
     */
    public void addCitizenMessage(String text, String actor, Instant now) {
        if (state == IncidentState.DUPLICATE) {
            throw new IllegalTransitionException(state, state,
                    "incident.messageToMerged", mergedIntoId);
        }
        if (text == null || text.isBlank()) {
            throw new Invalid("incident.messageEmpty");
        }
        record(actor, now, "citizen-message", state, state, bounded(text.strip(), "message"), Visibility.PUBLIC);
    }

    /** The citizen rated the result; kept in the timeline so that staff see it with the rest. */
    public void recordRating(int stars, String comment, String actor, Instant now) {
        String note = "★".repeat(stars) + "☆".repeat(5 - stars) + (comment == null || comment.isBlank() ? "" : " " + comment.strip());
        record(actor, now, "rated", state, state, bounded(note, "comment"), Visibility.PUBLIC);
    }

    /**
     * A supervisor moves the due time (more time for a big job, or less for an urgent one); the SLA watch
     * starts over for the new due time.
     */
    public void reschedule(Instant newDue, String reason, String actor, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalTransitionException(state, state,
                    "incident.rescheduleOpenOnly");
        }
        if (newDue == null || newDue.isBefore(now)) {
            throw new Invalid("incident.dueInPast");
        }
        if (reason == null || reason.isBlank()) {
            throw new Invalid("incident.rescheduleNeedsReason");
        }
        record(actor, now, "rescheduled", state, state, dueAt + " → " + newDue + ": " + bounded(reason.strip(), "reason"),
                Visibility.INTERNAL);
        this.dueAt = newDue;
        this.warnAt = warningTime(now, newDue);
        this.slaWarnedAt = null;
        this.escalatedAt = null;
    }

    /** The SLA watch: the due time is near. Once per due time; false when there is nothing to do. */
    public boolean warnOfDueTime(String actor, Instant now) {
        if (!state.isOpen() || slaWarnedAt != null || warnAt == null || now.isBefore(warnAt)) {
            return false;
        }
        this.slaWarnedAt = now;
        record(actor, now, "sla-warning", state, state, "due " + dueAt, Visibility.INTERNAL);
        return true;
    }

    /** The SLA watch: the due time passed; the supervisors take it over. Once per due time. */
    public boolean escalate(String actor, Instant now) {
        if (!isOverdue(now) || escalatedAt != null) {
            return false;
        }
        if (slaWarnedAt == null) {
            this.slaWarnedAt = now;
        }
        this.escalatedAt = now;
        record(actor, now, "escalated", state, state, "overdue since " + dueAt, Visibility.INTERNAL);
        return true;
    }

    private static Instant warningTime(Instant from, Instant due) {
        return due.minus(Duration.between(from, due).dividedBy(5));
    }

    /** Open and past its due time. */
    public boolean isOverdue(Instant now) {
        return state.isOpen() && now.isAfter(dueAt);
    }

    private void move(IncidentState target, String action, String note, Visibility visibility, String actor, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(state, target,
                    "incident.cannotBecome", state, target, state.next());
        }
        record(actor, now, action, state, target, note, visibility);
        this.state = target;
    }

    private void record(String actor, Instant now, String action, IncidentState from, IncidentState to, String note,
                        Visibility visibility) {
        this.lastChangedBy = required(actor, "actor");
        this.lastChangedAt = now;
        timeline.add(new TimelineEntry(this, now, actor, action, from, to, note, visibility));
    }

    /** @param what the last part of the key {@code incident.needs.WHAT} */
    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new Invalid("incident.needs." + what);
        }
        return value.strip();
    }

    /** @param what the last part of the key {@code incident.tooLong.WHAT} */
    private static String bounded(String text, String what) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new Invalid("incident.tooLong." + what, MAX_TEXT);
        }
        return text;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCategoryCode() { return categoryCode; }
    public String getDepartmentCode() { return departmentCode; }
    public String getWardCode() { return wardCode; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public Priority getPriority() { return priority; }
    public IncidentState getState() { return state; }
    public String getAssignee() { return assignee; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getWarnAt() { return warnAt; }
    public Instant getSlaWarnedAt() { return slaWarnedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    /** When the fix was done (IncidentState.doneAt): the start of the citizens' re-open period; null while none is. */
    public Instant doneAt() { return state.doneAt(resolvedAt, closedAt); }
    public Long getMergedIntoId() { return mergedIntoId; }
    public String getRejectionReason() { return rejectionReason; }
    public String getPublicAnswer() { return publicAnswer; }
    public String getLastChangedBy() { return lastChangedBy; }
    public Instant getLastChangedAt() { return lastChangedAt; }
    public int getVersion() { return version; }
    public List<IncidentSource> getSources() { return Collections.unmodifiableList(sources); }
    public List<TimelineEntry> getTimeline() { return Collections.unmodifiableList(timeline); }
    public List<ChecklistStep> getChecklist() { return Collections.unmodifiableList(checklist); }
}
