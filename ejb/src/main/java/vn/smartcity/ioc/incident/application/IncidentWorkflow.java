package vn.smartcity.ioc.incident.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.incident.application.IncidentRefusedException.Reason;
import vn.smartcity.ioc.incident.domain.IllegalTransitionException;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.incident.domain.IncidentSource;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.incident.domain.TimelineEntry;
import vn.smartcity.ioc.incident.domain.Visibility;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * The incident workflow. Every transition is one method: it checks the caller's role (container) and
 * department (here: handlers act only on their departments' incidents), refuses an action based on an
 * outdated version with who changed it and when, refuses an illegal transition with the reason, and records
 * who, when and why in the incident's timeline. Nothing is stored when an action is refused.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
public class IncidentWorkflow {

    @Inject
    IncidentRepository incidents;

    @Inject
    ReportCategoryRepository categories;

    @Inject
    CityRepository city;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Event<IncidentChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Opens an incident from its first source; department and due time follow from the category. */
    public IncidentView open(NewIncident request) {
        return openAs(staff().username(), request);
    }

    /**
     * Opens an incident for one of the IOC's own monitors (security monitoring), which acts without a staff
     * member: the timeline names the monitor ({@code system:<monitor>}). Local interface only: code of the EAR.
     */
    @jakarta.annotation.security.PermitAll
    public IncidentView openForMonitor(String monitor, NewIncident request) {
        return openAs("system:" + monitor, request);
    }

    private IncidentView openAs(String who, NewIncident request) {
        ReportCategory category = categories.byCode(request.categoryCode()).orElseThrow(() ->
                new IncidentRefusedException(Reason.INVALID, "incident.noCategory", request.categoryCode()));
        if (request.location() != null && request.location().wardCode() != null
                && city.wardByCode(request.location().wardCode()).isEmpty()) {
            throw new IncidentRefusedException(Reason.INVALID, "incident.noWard", request.location().wardCode());
        }
        Instant now = clock.instant();
        try {
            Incident incident = Incident.open(request.title(), request.description(), category.getCode(),
                    category.departmentFor(request.location() == null ? null : request.location().wardCode()).getCode(),
                    Duration.ofHours(category.getSlaHours()), request.location(),
                    new IncidentSource(request.sourceKind(), request.sourceReference(), now), who, now);
            incident.followProcedure(incidents.procedure(category.getCode()));
            incidents.add(incident);
            incidents.flush();
            return IncidentView.of(incident, now);
        } catch (IllegalArgumentException e) {
            throw new IncidentRefusedException(Reason.INVALID, e);
        }
    }

    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
    public IncidentView view(long id) {
        Incident incident = find(id);
        checkDepartment(staff(), incident);
        return IncidentView.of(incident, clock.instant());
    }

    public IncidentView triage(long id, int version, Priority priority, String note) {
        return act(id, version, (incident, who) -> incident.triage(priority, note, who, clock.instant()));
    }

    public IncidentView assign(long id, int version, String departmentCode, String assignee, String note) {
        if (departmentCode == null || city.departmentByCode(departmentCode).isEmpty()) {
            throw new IncidentRefusedException(Reason.INVALID, "incident.noDepartment", departmentCode);
        }
        return act(id, version, (incident, who) -> incident.assign(departmentCode, assignee, note, who, clock.instant()));
    }

    @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR})
    public IncidentView start(long id, int version) {
        return act(id, version, (incident, who) -> incident.start(who, clock.instant()));
    }

    @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR})
    public IncidentView resolve(long id, int version, String publicAnswer) {
        return act(id, version, (incident, who) -> incident.resolve(publicAnswer, who, clock.instant()));
    }

    public IncidentView close(long id, int version) {
        return act(id, version, (incident, who) -> incident.close(who, clock.instant()));
    }

    public IncidentView reject(long id, int version, String reason) {
        return act(id, version, (incident, who) -> incident.reject(reason, who, clock.instant()));
    }

    public IncidentView reopen(long id, int version, String reason) {
        return act(id, version, (incident, who) -> incident.reopen(reason, who, clock.instant()));
    }

    /** A note on the incident: internal (colleagues only) or public (the citizens following it read it). */
    @RolesAllowed({Roles.HANDLER, Roles.OPERATOR, Roles.SUPERVISOR})
    public IncidentView addNote(long id, int version, String text, boolean publicNote) {
        return act(id, version, (incident, who) -> incident.addNote(text, publicNote ? Visibility.PUBLIC : Visibility.INTERNAL,
                who, clock.instant()));
    }

    /**
     * The same action on many incidents (the triage of a morning's reports): each incident independently, at
     * its current version; the answer says which were done and why the others were refused.
     */
    public BulkResult bulk(List<Long> ids, BulkAction action) {
        List<Long> done = new java.util.ArrayList<>();
        java.util.Map<Long, Text> refused = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            try {
                Incident incident = find(id);
                int version = incident.getVersion();
                switch (action.kind()) {
                    case TRIAGE -> act(id, version, (i, who) -> i.triage(action.priority(), null, who, clock.instant()));
                    case ASSIGN -> {
                        if (action.departmentCode() == null || city.departmentByCode(action.departmentCode()).isEmpty()) {
                            throw new IncidentRefusedException(Reason.INVALID, "incident.noDepartment", action.departmentCode());
                        }
                        act(id, version, (i, who) -> i.assign(action.departmentCode(), null, null, who, clock.instant()));
                    }
                    case REJECT -> act(id, version, (i, who) -> i.reject(action.reason(), who, clock.instant()));
                }
                done.add(id);
            } catch (IncidentRefusedException | IncidentChangedException e) {
                refused.put(id, Text.of(e).orElseGet(() -> new Text("incident.otherRefusal", e.getMessage())));
            }
        }
        return new BulkResult(done, refused);
    }

    /** A step of the checklist done (or undone), by the department's handler or a dispatcher. */
    @RolesAllowed({Roles.HANDLER, Roles.OPERATOR, Roles.SUPERVISOR})
    public IncidentView markStep(long id, int version, int position, boolean done) {
        return act(id, version, (incident, who) -> incident.markStep(position, done, who, clock.instant()));
    }

    /** A supervisor moves the due time, with a reason; the SLA watch starts over. */
    @RolesAllowed(Roles.SUPERVISOR)
    public IncidentView reschedule(long id, int version, Instant due, String reason) {
        return act(id, version, (incident, who) -> incident.reschedule(due, reason, who, clock.instant()));
    }

    /** {@code id} is the same problem as {@code survivorId}: merged into it. */
    public IncidentView merge(long id, int version, long survivorId) {
        Incident survivor = find(survivorId);
        return act(id, version, (incident, who) -> incident.mergeInto(survivor, who, clock.instant()));
    }

    private IncidentView act(long id, int version, BiConsumer<Incident, String> action) {
        StaffMember staff = staff();
        Incident incident = find(id);
        checkDepartment(staff, incident);
        if (incident.getVersion() != version) {
            throw new IncidentChangedException(id, incident.getLastChangedBy(), incident.getLastChangedAt());
        }
        try {
            action.accept(incident, staff.username());
        } catch (IllegalTransitionException e) {
            throw new IncidentRefusedException(Reason.ILLEGAL_TRANSITION, e);
        } catch (IllegalArgumentException e) {
            throw new IncidentRefusedException(Reason.INVALID, e);
        }
        try {
            incidents.flush();
        } catch (OptimisticLockException e) {
            // changed by someone else (e.g. the SLA watch) between our read and our write
            throw new IncidentChangedException(id, clock.instant());
        }
        announce(incident);
        return IncidentView.of(incident, clock.instant());
    }

    /** Tells observers (the citizens' notifications) about a change the public sees. */
    private void announce(Incident incident) {
        List<TimelineEntry> timeline = incident.getTimeline();
        TimelineEntry last = timeline.get(timeline.size() - 1);
        if (last.getVisibility() == Visibility.PUBLIC && changed != null) {
            changed.fire(new IncidentChanged(incident.getId(), last.getAction(), incident.getState(), last.getNote(),
                    last.getAt()));
        }
    }

    private Incident find(long id) {
        return incidents.find(id).orElseThrow(() ->
                new IncidentRefusedException(Reason.NOT_FOUND, "incident.notFound", id));
    }

    private StaffMember staff() {
        return currentStaff.get().orElseThrow(() -> new IllegalStateException("No staff member is logged in")); // a defect, not a refusal
    }

    private static void checkDepartment(StaffMember staff, Incident incident) {
        if (!staff.seesAllDepartments() && !staff.belongsTo(incident.getDepartmentCode())) {
            throw new IncidentRefusedException(Reason.NOT_YOUR_DEPARTMENT, "incident.notYourDepartment", incident.getId(),
                    incident.getDepartmentCode());
        }
    }
}
