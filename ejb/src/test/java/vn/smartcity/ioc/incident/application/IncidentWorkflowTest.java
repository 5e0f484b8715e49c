package vn.smartcity.ioc.incident.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.city.domain.Department;
import vn.smartcity.ioc.city.domain.Province;
import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.city.domain.WardKind;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.incident.application.IncidentRefusedException.Reason;
import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentRepository;
import vn.smartcity.ioc.incident.domain.IncidentState;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportCategoryRepository;

/**
 * The workflow's own rules (department scoping, version check, refusals) with in-memory repositories.
 * Role checks (@RolesAllowed) are the container's and are tested on the server.
 */
class IncidentWorkflowTest {

    static final Department WORKS = new Department("SXD", "Sở Xây dựng", "Department of Construction");
    static final Department POLICE = new Department("CA", "Công an tỉnh", "Provincial Police");
    static final StaffMember OPERATOR = new StaffMember("operator", "Op", Set.of(Roles.OPERATOR), Set.of("IOC"));
    static final StaffMember WORKS_HANDLER = new StaffMember("handler", "H", Set.of(Roles.HANDLER), Set.of("SXD"));
    static final StaffMember POLICE_HANDLER = new StaffMember("police-handler", "P", Set.of(Roles.HANDLER), Set.of("CA"));

    IncidentWorkflow workflow;
    StaffMember caller = OPERATOR;

    @BeforeEach
    void setUp() {
        workflow = new IncidentWorkflow();
        workflow.incidents = new InMemoryIncidents();
        workflow.categories = new Categories();
        workflow.city = new City();
        workflow.currentStaff = () -> Optional.of(caller);
        workflow.clock = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    }

    IncidentView openFlood() {
        return workflow.open(new NewIncident(SourceKind.CITIZEN_REPORT, "PA-1", "Ngập đường Trần Phú", null,
                "flooding", new Location("TAN_PHONG", null, null, null)));
    }

    @Test
    void theCategoryGivesTheDepartmentAndTheDueTime() {
        IncidentView flood = openFlood();
        assertEquals("SXD", flood.departmentCode());
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), flood.dueAt());
        assertEquals(IncidentState.NEW, flood.state());
        assertEquals("operator", flood.timeline().get(0).actor());
    }

    @Test
    void aHandlerActsOnlyOnIncidentsOfTheirDepartment() {
        IncidentView flood = openFlood();
        flood = workflow.triage(flood.id(), flood.version(), Priority.HIGH, null);
        flood = workflow.assign(flood.id(), flood.version(), "SXD", null, null);
        long id = flood.id();
        int version = flood.version();

        caller = POLICE_HANDLER;
        IncidentRefusedException refused = assertThrows(IncidentRefusedException.class, () -> workflow.start(id, version));
        assertEquals(Reason.NOT_YOUR_DEPARTMENT, refused.reason());
        assertThrows(IncidentRefusedException.class, () -> workflow.view(id));

        caller = WORKS_HANDLER;
        assertEquals(IncidentState.IN_PROGRESS, workflow.start(id, version).state());
    }

    @Test
    void anActionOnAnOutdatedVersionIsRefusedWithWhoChangedIt() {
        IncidentView flood = openFlood();
        IncidentChangedException e = assertThrows(IncidentChangedException.class,
                () -> workflow.triage(flood.id(), flood.version() + 1, Priority.LOW, null));
        assertEquals("operator", e.changedBy());
        assertTrue(e.getMessage().contains("reload"), e.getMessage());
    }

    @Test
    void refusalsSayWhy() {
        IncidentView flood = openFlood();
        assertEquals(Reason.ILLEGAL_TRANSITION,
                assertThrows(IncidentRefusedException.class, () -> workflow.close(flood.id(), flood.version())).reason());
        assertEquals(Reason.INVALID, assertThrows(IncidentRefusedException.class,
                () -> workflow.assign(flood.id(), flood.version(), "NO_SUCH_DEPT", null, null)).reason());
        assertEquals(Reason.NOT_FOUND,
                assertThrows(IncidentRefusedException.class, () -> workflow.view(999_999)).reason());
        assertEquals(Reason.INVALID, assertThrows(IncidentRefusedException.class, () -> workflow.open(
                new NewIncident(SourceKind.OPERATOR, "x", "t", null, "no-such-category",
                        new Location("TAN_PHONG", null, null, null)))).reason());
        assertEquals(Reason.INVALID, assertThrows(IncidentRefusedException.class, () -> workflow.open(
                new NewIncident(SourceKind.OPERATOR, "x", "t", null, "flooding",
                        new Location("ATLANTIS", null, null, null)))).reason());
    }

    @Test
    void duplicatesAreMergedIntoTheSurvivor() {
        IncidentView first = openFlood();
        IncidentView second = openFlood();
        IncidentView merged = workflow.merge(second.id(), second.version(), first.id());
        assertEquals(IncidentState.DUPLICATE, merged.state());
        assertEquals(first.id(), merged.mergedIntoId());
        assertEquals(2, workflow.view(first.id()).sources());
    }

    /** Stores incidents in a map and gives them ids as the database sequence would. */
    static final class InMemoryIncidents implements IncidentRepository {
        private final Map<Long, Incident> byId = new HashMap<>();
        private long next = 1;

        @Override
        public Optional<Incident> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<vn.smartcity.ioc.incident.domain.PublicProgress> publicProgress(long id) {
            return find(id).map(i -> new vn.smartcity.ioc.incident.domain.PublicProgress(i.getId(), i.getState(),
                    i.getDueAt(), i.getPublicAnswer(), i.getRejectionReason(), i.getResolvedAt(), i.getClosedAt(),
                    i.getMergedIntoId(), i.getTimeline().stream()
                            .filter(e -> e.getVisibility() == vn.smartcity.ioc.incident.domain.Visibility.PUBLIC)
                            .map(e -> new vn.smartcity.ioc.incident.domain.PublicProgress.Step(e.getAt(), e.getAction(),
                                    e.getToState(), e.getNote(), e.getActor())).toList()));
        }

        @Override
        public Incident add(Incident incident) {
            try {
                Field id = Incident.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(incident, next);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byId.put(next++, incident);
            return incident;
        }

        @Override
        public List<Incident> openInBox(String category, double minLat, double maxLat, double minLon, double maxLon,
                                        int limit) {
            return byId.values().stream().filter(i -> i.getState().isOpen() && category.equals(i.getCategoryCode())
                    && i.getLatitude() != null && i.getLatitude() >= minLat && i.getLatitude() <= maxLat
                    && i.getLongitude() >= minLon && i.getLongitude() <= maxLon).limit(limit).toList();
        }

        @Override
        public List<Incident> dueForWarning(java.time.Instant now, int limit) {
            return byId.values().stream().filter(i -> i.getState().isOpen() && i.getSlaWarnedAt() == null
                    && !now.isBefore(i.getWarnAt())).limit(limit).toList();
        }

        @Override
        public List<Incident> dueForEscalation(java.time.Instant now, int limit) {
            return byId.values().stream().filter(i -> i.isOverdue(now) && i.getEscalatedAt() == null).limit(limit).toList();
        }

        @Override
        public List<Incident> escalated(int limit) {
            return byId.values().stream().filter(i -> i.getState().isOpen() && i.getEscalatedAt() != null).limit(limit).toList();
        }

        @Override
        public List<vn.smartcity.ioc.incident.domain.SopStep> procedure(String categoryCode) {
            return List.of(new vn.smartcity.ioc.incident.domain.SopStep(categoryCode, 1, "Xác minh", "Check", true));
        }

        @Override
        public void flush() {
            // nothing pending in memory
        }
    }

    static final class Categories implements ReportCategoryRepository {
        private final ReportCategory flooding = new ReportCategory("flooding", "Ngập úng", "Flooding", WORKS, 24);

        @Override
        public List<ReportCategory> all() { return List.of(flooding); }

        @Override
        public Optional<ReportCategory> byCode(String code) {
            return "flooding".equals(code) ? Optional.of(flooding) : Optional.empty();
        }

        @Override
        public List<ReportCategory> active() { return all(); }

        @Override
        public List<vn.smartcity.ioc.report.domain.ServiceAttribute> attributes() { return List.of(); }

        @Override
        public Optional<vn.smartcity.ioc.report.domain.ServiceAttribute> attribute(long id) { return Optional.empty(); }

        @Override
        public void add(vn.smartcity.ioc.report.domain.ServiceAttribute attribute) {
            throw new UnsupportedOperationException("not used by the workflow");
        }

        @Override
        public void remove(vn.smartcity.ioc.report.domain.ServiceAttribute attribute) {
            throw new UnsupportedOperationException("not used by the workflow");
        }
    }

    static final class City implements CityRepository {
        private final Province laiChau = new Province("LAI_CHAU", "Tỉnh Lai Châu", "Lai Chau", "25");
        private final Ward tanPhong = new Ward("TAN_PHONG", "Phường Tân Phong", WardKind.WARD, laiChau);

        @Override public Province province() { return laiChau; }
        @Override public List<Ward> wards() { return List.of(tanPhong); }
        @Override public Optional<Ward> wardByCode(String code) {
            return "TAN_PHONG".equals(code) ? Optional.of(tanPhong) : Optional.empty();
        }
        @Override public Map<WardKind, Long> wardCountsByKind() { return Map.of(WardKind.WARD, 1L); }
        @Override public List<Department> departments() { return List.of(WORKS, POLICE); }
        @Override public Optional<Department> departmentByCode(String code) {
            return departments().stream().filter(d -> d.getCode().equals(code)).findFirst();
        }
    }
}
