package vn.smartcity.ioc.dossier.domain;

import java.time.Instant;
import java.util.List;

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

/**
 * A dossier (hồ sơ) of an administrative procedure as the IOC watches it: who received it, which department
 * handles it, and its state and timing, computed from its timeline ({@link DossierTiming}) each time an event
 * comes and kept here so that the monitoring pages can count a million dossiers by an index.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 60, updatable = false)
    private String code;

    @Column(name = "procedure_code", nullable = false, length = 40, updatable = false)
    private String procedureCode;

    @Column(name = "receiving_unit", length = 60)
    private String receivingUnit;

    @Column(name = "handling_unit", length = 60)
    private String handlingUnit;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "clock_start", nullable = false)
    private Instant clockStart;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private DossierState state;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 8)
    private OnTime result;

    /** Working minutes the clock ran, as of the last event. */
    @Column(name = "used_minutes", nullable = false)
    private int usedMinutes;

    @Column(name = "paused_minutes", nullable = false)
    private int pausedMinutes;

    @Column(name = "apology_sent", nullable = false)
    private boolean apologySent;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "last_event_at", nullable = false)
    private Instant lastEventAt;

    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;

    @Column(name = "incident_id")
    private Long incidentId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Dossier() {
    }

    /** A dossier as its reception event names it; its timing comes with {@link #follow}. */
    public Dossier(String code, AdministrativeProcedure procedure, String departmentCode, Channel channel,
                   DossierEvent received) {
        if (code == null || code.isBlank() || code.strip().length() > 60) {
            throw new Invalid("dossier.code");
        }
        if (received.kind() != DossierEvent.Kind.RECEIVED) {
            throw new Invalid("dossier.timelineStartsWithReceived");
        }
        this.code = code.strip();
        this.procedureCode = procedure.getCode();
        this.departmentCode = departmentCode == null || departmentCode.isBlank() ? procedure.getDepartmentCode() : departmentCode.strip();
        this.channel = channel == null ? Channel.DESK : channel;
        this.receivingUnit = received.unit();
        this.handlingUnit = received.unit();
        this.receivedAt = received.at();
        this.clockStart = received.at();
        this.state = DossierState.IN_PROGRESS;
        this.lastEventAt = received.at();
    }

    /**
     * The dossier after its timeline (every event so far, the new ones included): state and timing recomputed, the
     * handling unit the last one it was transferred to.
     */
    public void follow(List<DossierEvent> timeline, ProcessingLimit limit, WorkingCalendar calendar, Instant now) {
        // the working time used and paused are kept as of the last event (the due time does not depend on it; the
        // dossier's page computes them up to now): no walk over the months since an old dossier's reception
        Instant asOf = timeline.stream().map(DossierEvent::at).max(Instant::compareTo).orElse(now);
        DossierTiming timing = DossierTiming.of(timeline, limit, calendar, asOf);
        this.state = timing.state();
        this.clockStart = timing.clockStart();
        this.dueAt = timing.dueAt();
        this.finishedAt = timing.finishedAt();
        this.result = timing.result();
        this.usedMinutes = (int) Math.min(Integer.MAX_VALUE, timing.used().toMinutes());
        this.pausedMinutes = (int) Math.min(Integer.MAX_VALUE, timing.paused().toMinutes());
        this.apologySent = timing.apologySent();
        if (overdueAlertedAt != null && (dueAt == null || dueAt.isAfter(now))) {
            this.overdueAlertedAt = null; // paused or given time again: a new lateness is said again
        }
        List<DossierEvent> inTime = new java.util.ArrayList<>(timeline);
        inTime.sort(java.util.Comparator.comparing(DossierEvent::at));
        for (DossierEvent e : inTime) {
            if (e.kind() == DossierEvent.Kind.TRANSFERRED && e.unit() != null) {
                this.handlingUnit = e.unit();
            }
            this.lastEventAt = e.at().isAfter(lastEventAt) ? e.at() : lastEventAt;
        }
    }

    /** The dossier watch said it is overdue (once: a dossier due again after a pause can be said again). */
    public void overdueAlerted(Instant at) {
        this.overdueAlertedAt = at;
    }

    /** The dossier watch opened an incident for it (overdue by more than the province's threshold). */
    public void incidentOpened(long incidentId) {
        this.incidentId = incidentId;
    }

    /** The citizen's rating of the handling, 1 (very dissatisfied) to 5 (very satisfied), if the feed carries it. */
    public void rated(int stars) {
        if (stars < 1 || stars > 5) {
            throw new Invalid("dossier.rating");
        }
        this.rating = stars;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getProcedureCode() { return procedureCode; }
    public String getReceivingUnit() { return receivingUnit; }
    public String getHandlingUnit() { return handlingUnit; }
    public String getDepartmentCode() { return departmentCode; }
    public Channel getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getClockStart() { return clockStart; }
    public Instant getDueAt() { return dueAt; }
    public DossierState getState() { return state; }
    public Instant getFinishedAt() { return finishedAt; }
    public OnTime getResult() { return result; }
    public int getUsedMinutes() { return usedMinutes; }
    public int getPausedMinutes() { return pausedMinutes; }
    public boolean isApologySent() { return apologySent; }
    public Integer getRating() { return rating; }
    public Instant getLastEventAt() { return lastEventAt; }
    public Instant getOverdueAlertedAt() { return overdueAlertedAt; }
    public Long getIncidentId() { return incidentId; }
    public int getVersion() { return version; }
}
