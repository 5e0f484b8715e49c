package vn.smartcity.ioc.web.console.incidents;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.incident.application.IncidentChangedException;
import vn.smartcity.ioc.incident.application.IncidentRefusedException;
import vn.smartcity.ioc.incident.application.IncidentView;
import vn.smartcity.ioc.incident.application.IncidentWorkflow;
import vn.smartcity.ioc.report.application.CitizenReporting;
import vn.smartcity.ioc.report.application.PhotoView;
import vn.smartcity.ioc.report.application.ReportPhotos;
import vn.smartcity.ioc.report.application.StaffReportView;
import vn.smartcity.ioc.web.shared.Messages;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.web.shared.StaffBacking;

/**
 * /console/incidents/incident.xhtml?id=...: one incident with its timeline and the actions the caller's role
 * allows in its state. Each action sends the version shown; a change made meanwhile is reported, not lost.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentWorkflow workflow;

    @Inject
    StaffBacking staff;

    @Inject
    CitizenReporting citizenReports;

    @Inject
    ReportPhotos reportPhotos;

    private List<PhotoView> photos;

    private List<StaffReportView> reports;

    private Long id;
    private IncidentView incident;

    private Priority priority = Priority.NORMAL;
    private String departmentCode;
    private String assignee;
    private String answer;
    private String reason;
    private Long survivorId;
    private String newDue;
    private String note;
    private boolean publicNote;
    private String rescheduleReason;

    /** f:viewAction: reads the incident; one of another department is refused with a message. */
    public void load() {
        if (id != null) {
            run(() -> workflow.view(id), null);
        }
    }

    public void triage() { run(() -> workflow.triage(id, version(), priority, null), "incident.done.triaged"); }
    public void assign() { run(() -> workflow.assign(id, version(), departmentCode, assignee, null), "incident.done.assigned"); }
    public void start() { run(() -> workflow.start(id, version()), "incident.done.started"); }
    public void resolve() { run(() -> workflow.resolve(id, version(), answer), "incident.done.resolved"); }
    public void close() { run(() -> workflow.close(id, version()), "incident.done.closed"); }
    public void reject() { run(() -> workflow.reject(id, version(), reason), "incident.done.rejected"); }
    public void reopen() { run(() -> workflow.reopen(id, version(), reason), "incident.done.reopened"); }
    public void addNote() {
        run(() -> workflow.addNote(id, version(), note, publicNote), publicNote ? "incident.done.publicNote" : "incident.done.note");
        note = null;
        publicNote = false;
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isPublicNote() { return publicNote; }
    public void setPublicNote(boolean publicNote) { this.publicNote = publicNote; }

    public void markStep(int position, boolean done) {
        run(() -> workflow.markStep(id, version(), position, done), done ? "incident.done.stepDone" : "incident.done.stepUndone");
    }

    /** Handlers of the department, operators and supervisors tick the checklist of an open or resolved incident. */
    public boolean isCanWorkChecklist() {
        return incident != null && (incident.state().isOpen() || incident.state() == IncidentState.RESOLVED)
                && (staff.hasRole(Roles.HANDLER) || staff.hasRole(Roles.OPERATOR) || staff.hasRole(Roles.SUPERVISOR));
    }

    /** Supervisors: a new due time (local Vietnam time from the page) with a reason. */
    public void reschedule() {
        java.time.Instant due;
        try {
            due = java.time.LocalDateTime.parse(newDue).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        } catch (RuntimeException e) {
            Messages.error("incident.badDue", null);
            return;
        }
        run(() -> workflow.reschedule(id, version(), due, rescheduleReason), "incident.done.rescheduled");
    }

    public boolean isOpen() {
        return incident != null && incident.state().isOpen();
    }

    public String getNewDue() { return newDue; }
    public void setNewDue(String newDue) { this.newDue = newDue; }
    public String getRescheduleReason() { return rescheduleReason; }
    public void setRescheduleReason(String rescheduleReason) { this.rescheduleReason = rescheduleReason; }

    public void merge() {
        run(() -> workflow.merge(id, version(), survivorId == null ? -1 : survivorId), "incident.done.merged");
    }

    private void run(Supplier<IncidentView> action, String doneKey) {
        try {
            incident = action.get();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
        } catch (IncidentChangedException e) {
            Messages.error("incident.changed", Messages.why(e));
        } catch (IncidentRefusedException e) {
            Messages.error(switch (e.reason()) {
                case NOT_FOUND -> "incident.notFound";
                case NOT_YOUR_DEPARTMENT -> "incident.notYourDepartment";
                case ILLEGAL_TRANSITION, INVALID -> "incident.refused";
            }, e.reason() == IncidentRefusedException.Reason.NOT_YOUR_DEPARTMENT ? null : Messages.why(e));
        }
    }

    private int version() {
        return incident == null ? -1 : incident.version();
    }

    /** Whether the caller may move the incident to the target state from where it is. */
    public boolean can(String target) {
        if (incident == null) {
            return false;
        }
        IncidentState to = IncidentState.valueOf(target);
        if (!incident.state().canMoveTo(to)) {
            return false;
        }
        boolean dispatcher = staff.hasRole(Roles.OPERATOR) || staff.hasRole(Roles.SUPERVISOR);
        boolean worker = staff.hasRole(Roles.HANDLER) || staff.hasRole(Roles.SUPERVISOR);
        return switch (to) {
            case IN_PROGRESS, RESOLVED -> worker;
            default -> dispatcher;
        };
    }

    public Priority[] getPriorities() { return Priority.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncidentView getIncident() { return incident; }

    /** The citizens' photos of the incident (loaded once per view, again after a review). */
    public List<PhotoView> getPhotos() {
        if (photos == null && incident != null) {
            photos = reportPhotos.ofIncident(incident.id());
        }
        return photos == null ? List.of() : photos;
    }

    /** Publishes or withdraws one photo. */
    public void reviewPhoto(long photoId, boolean approve) {
        reportPhotos.review(photoId, approve);
        photos = null;
        Messages.info(approve ? "incident.photoApproved" : "incident.photoWithdrawn");
    }

    /** The citizen reports feeding the incident, with contact details (loaded once per view). */
    public List<StaffReportView> getReports() {
        if (reports == null && incident != null) {
            reports = citizenReports.feeding(incident.id());
        }
        return reports == null ? List.of() : reports;
    }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getSurvivorId() { return survivorId; }
    public void setSurvivorId(Long survivorId) { this.survivorId = survivorId; }
}
