package vn.smartcity.ioc.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class IncidentTest {

    static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    static final Location SQUARE = new Location("TAN_PHONG", "Quảng trường Nhân dân", 22.3964, 103.4582);

    static Incident flood() {
        return Incident.open("Ngập sâu đường Trần Phú", "Nước ngập 40 cm", "flooding", "SXD", Duration.ofHours(24),
                SQUARE, new IncidentSource(SourceKind.CITIZEN_REPORT, "PA-0001", T0), "portal", T0);
    }

    @Test
    void anIncidentGoesThroughItsWholeLifeWithEveryStepRecorded() {
        Incident flood = flood();
        assertEquals(IncidentState.NEW, flood.getState());
        assertEquals(T0.plus(Duration.ofHours(24)), flood.getDueAt(), "due by the category's SLA");

        flood.triage(Priority.HIGH, "thật, đang mưa to", "operator", T0.plusSeconds(60));
        flood.assign("SXD", "handler", null, "operator", T0.plusSeconds(120));
        flood.start("handler", T0.plusSeconds(600));
        flood.resolve("Đã thông cống, nước đã rút.", "handler", T0.plusSeconds(7200));
        flood.close("operator", T0.plusSeconds(9000));

        assertEquals(IncidentState.CLOSED, flood.getState());
        assertEquals(Priority.HIGH, flood.getPriority());
        assertEquals("handler", flood.getAssignee());
        assertEquals("Đã thông cống, nước đã rút.", flood.getPublicAnswer());
        assertEquals(List.of("opened", "triaged", "assigned", "started", "resolved", "closed"),
                flood.getTimeline().stream().map(TimelineEntry::getAction).toList());
        TimelineEntry resolved = flood.getTimeline().get(4);
        assertEquals("handler", resolved.getActor());
        assertEquals(IncidentState.IN_PROGRESS, resolved.getFromState());
        assertEquals(IncidentState.RESOLVED, resolved.getToState());
        assertEquals(Visibility.PUBLIC, resolved.getVisibility());
        assertEquals(Visibility.INTERNAL, flood.getTimeline().get(1).getVisibility(), "triage notes are internal");
        assertEquals("operator", flood.getLastChangedBy());
    }

    @Test
    void anIllegalTransitionIsRefusedWithTheAllowedOnesAndChangesNothing() {
        Incident flood = flood();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> flood.resolve("xong", "handler", T0));
        assertTrue(e.getMessage().contains("NEW cannot become RESOLVED"), e.getMessage());
        assertEquals(IncidentState.NEW, flood.getState());
        assertEquals(1, flood.getTimeline().size());
        assertThrows(IllegalTransitionException.class, () -> flood.close("operator", T0));
        assertThrows(IllegalTransitionException.class, () -> flood.start("handler", T0));
    }

    @Test
    void resolvingNeedsAPublicAnswerAndRejectingAReason() {
        Incident flood = flood();
        flood.triage(Priority.NORMAL, null, "operator", T0);
        flood.assign("SXD", null, null, "operator", T0);
        flood.start("handler", T0);
        assertThrows(IllegalTransitionException.class, () -> flood.resolve(" ", "handler", T0));
        assertEquals(IncidentState.IN_PROGRESS, flood.getState());

        Incident rumour = flood();
        assertThrows(IllegalTransitionException.class, () -> rumour.reject(null, "operator", T0));
        rumour.reject("Không đúng sự thật", "operator", T0);
        assertEquals(IncidentState.REJECTED, rumour.getState());
        assertEquals("Không đúng sự thật", rumour.getRejectionReason());
        assertThrows(IllegalTransitionException.class, () -> rumour.reopen("?", "operator", T0), "rejected is final");
    }

    @Test
    void anUnsatisfactoryFixIsReopenedAndWorkedAgain() {
        Incident flood = flood();
        flood.triage(Priority.NORMAL, null, "operator", T0);
        flood.assign("SXD", null, null, "operator", T0);
        flood.start("handler", T0);
        flood.resolve("Đã xử lý", "handler", T0);
        flood.reopen("Vẫn còn ngập", "operator", T0.plusSeconds(3600));
        assertEquals(IncidentState.REOPENED, flood.getState());
        assertNull(flood.getResolvedAt());
        flood.start("handler", T0.plusSeconds(4000));
        assertEquals(IncidentState.IN_PROGRESS, flood.getState());
    }

    @Test
    void aDuplicateIsMergedIntoTheSurvivorWhichGathersItsSources() {
        Incident first = flood();
        Incident second = Incident.open("Ngập ở quảng trường", null, "flooding", "SXD", Duration.ofHours(24), SQUARE,
                new IncidentSource(SourceKind.CAMERA_ALERT, "cam-07/evt-991", T0), "camera", T0);
        second.mergeInto(first, "operator", T0.plusSeconds(30));
        assertEquals(IncidentState.DUPLICATE, second.getState());
        assertEquals(2, first.getSources().size());
        assertEquals(SourceKind.CAMERA_ALERT, first.getSources().get(1).getKind());
        assertEquals("absorbed", first.getTimeline().get(first.getTimeline().size() - 1).getAction());
        assertThrows(IllegalTransitionException.class, () -> first.mergeInto(first, "operator", T0), "not into itself");
        first.reject("trùng", "operator", T0);
        Incident third = flood();
        assertThrows(IllegalTransitionException.class, () -> third.mergeInto(first, "operator", T0),
                "only into an open incident");
    }

    @Test
    void anOpenIncidentPastItsDueTimeIsOverdueAClosedOneNever() {
        Incident flood = flood();
        assertFalse(flood.isOverdue(T0.plus(Duration.ofHours(23))));
        assertTrue(flood.isOverdue(T0.plus(Duration.ofHours(25))));
        flood.reject("đã xử lý ở nơi khác", "operator", T0);
        assertFalse(flood.isOverdue(T0.plus(Duration.ofHours(25))));
    }

    @Test
    void anIncidentNeedsATitleACategoryAndAPlace() {
        IncidentSource source = new IncidentSource(SourceKind.OPERATOR, "op", T0);
        assertThrows(IllegalArgumentException.class, () -> Incident.open(" ", null, "flooding", "SXD",
                Duration.ofHours(1), SQUARE, source, "operator", T0));
        assertThrows(IllegalArgumentException.class, () -> new Location(null, " ", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Location(null, null, 22.4, null));
        assertThrows(IllegalArgumentException.class, () -> new Location(null, null, 95.0, 103.0));
        assertThrows(IllegalArgumentException.class, () -> Incident.open("x", "y".repeat(4001), "flooding", "SXD",
                Duration.ofHours(1), SQUARE, source, "operator", T0));
    }

    @Test
    void closingNeedsTheMandatoryStepsOfTheChecklist() {
        Incident incident = flood();
        incident.followProcedure(java.util.List.of(new SopStep("flooding", 2, "Khơi thông cống", "Clear drains", true),
                new SopStep("flooding", 1, "Xác minh hiện trường", "Check the site", true),
                new SopStep("flooding", 3, "Chụp ảnh", "Photograph", false)));
        assertEquals(java.util.List.of(1, 2, 3), incident.getChecklist().stream().map(ChecklistStep::getPosition).toList());
        incident.triage(Priority.HIGH, null, "operator", T0);
        incident.assign("SXD", null, null, "operator", T0);
        incident.start("handler", T0);
        incident.resolve("Đã xử lý", "handler", T0);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> incident.close("operator", T0));
        assertTrue(refused.getMessage().contains("1. Xác minh hiện trường; 2. Khơi thông cống"), refused.getMessage());
        incident.markStep(1, true, "handler", T0);
        incident.markStep(2, true, "handler", T0);
        assertTrue(incident.missingSteps().isEmpty(), "the optional step may stay open");
        incident.close("operator", T0);
        assertEquals(IncidentState.CLOSED, incident.getState());
        assertThrows(IllegalTransitionException.class, () -> incident.markStep(3, true, "handler", T0), "closed checklist");
        assertThrows(IllegalStateException.class, () -> incident.followProcedure(java.util.List.of()));
    }
}
