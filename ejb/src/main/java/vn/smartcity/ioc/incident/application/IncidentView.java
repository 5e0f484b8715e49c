package vn.smartcity.ioc.incident.application;

import java.time.Instant;
import java.util.List;

import vn.smartcity.ioc.incident.domain.ChecklistStep;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.incident.domain.TimelineEntry;
import vn.smartcity.ioc.incident.domain.Visibility;

/** An incident as staff see it, with the version to send back with the next action. */
public record IncidentView(long id, String title, String description, IncidentState state, Priority priority,
                           String categoryCode, String departmentCode, String assignee, String wardCode,
                           Instant createdAt, Instant dueAt, boolean overdue, Long mergedIntoId, String publicAnswer,
                           int sources, int version, String lastChangedBy, Instant lastChangedAt,
                           List<Step> timeline, List<CheckStep> checklist, String address, Double latitude,
                           Double longitude) {

    /** One step of the checklist. */
    public record CheckStep(int position, String textVi, String textEn, boolean mandatory, String doneBy,
                            Instant doneAt) {

        static CheckStep of(ChecklistStep s) {
            return new CheckStep(s.getPosition(), s.getTextVi(), s.getTextEn(), s.isMandatory(), s.getDoneBy(),
                    s.getDoneAt());
        }

        public boolean done() {
            return doneAt != null;
        }
    }

    /** One timeline line. */
    public record Step(Instant at, String actor, String action, IncidentState from, IncidentState to, String note,
                       Visibility visibility) {

        static Step of(TimelineEntry e) {
            return new Step(e.getAt(), e.getActor(), e.getAction(), e.getFromState(), e.getToState(), e.getNote(),
                    e.getVisibility());
        }
    }

    static IncidentView of(Incident i, Instant now) {
        return new IncidentView(i.getId(), i.getTitle(), i.getDescription(), i.getState(), i.getPriority(),
                i.getCategoryCode(), i.getDepartmentCode(), i.getAssignee(), i.getWardCode(), i.getCreatedAt(),
                i.getDueAt(), i.isOverdue(now), i.getMergedIntoId(), i.getPublicAnswer(), i.getSources().size(),
                i.getVersion(), i.getLastChangedBy(), i.getLastChangedAt(),
                i.getTimeline().stream().map(Step::of).toList(), i.getChecklist().stream().map(CheckStep::of).toList(),
                i.getAddress(), i.getLatitude(), i.getLongitude());
    }
}
