package vn.smartcity.ioc.violation.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import vn.smartcity.ioc.shared.infrastructure.persistence.BulkInsert;
import vn.smartcity.ioc.shared.infrastructure.persistence.InList;
import vn.smartcity.ioc.shared.infrastructure.persistence.SqlList;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineSchedule;
import vn.smartcity.ioc.violation.domain.JobPartitionProgress;
import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.PendingCandidate;
import vn.smartcity.ioc.violation.domain.SkippedCandidate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.VehicleOwner;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;
import vn.smartcity.ioc.violation.domain.ViolationSighting;

@ApplicationScoped
public class JpaViolationRepository implements ViolationRepository {

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public Optional<ViolationCandidate> candidate(long id) {
        return Optional.ofNullable(em.find(ViolationCandidate.class, id));
    }

    // The three statements below run once per chunk of the violation job over hundreds of values: plain JDBC with
    // one array parameter (SqlList), because binding hundreds of values through Hibernate's query machinery cost
    // more than the database's work (docs/perf.md, issue #5). They read or write no entity a chunk has loaded.

    @Override
    public void markCandidates(ViolationCandidate.Status status, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc(connection -> {
            SqlList list = SqlList.of(connection, "bigint", List.copyOf(ids));
            try (PreparedStatement update = connection.prepareStatement(
                    "update violation_candidate set status = ? where " + list.condition("id"))) {
                update.setString(1, status.name());
                list.bind(update, 2);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<VehicleOwner> owners(Collection<String> canonicalPlates) {
        if (canonicalPlates.isEmpty()) {
            return List.of();
        }
        return jdbc(connection -> {
            SqlList list = SqlList.of(connection, "varchar", List.copyOf(canonicalPlates));
            try (PreparedStatement select = connection.prepareStatement(
                    "select plate, vehicle_class, owner_name, owner_address from vehicle where " + list.condition("plate"))) {
                list.bind(select, 1);
                List<VehicleOwner> owners = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        owners.add(new VehicleOwner(rs.getString(1), VehicleClass.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4)));
                    }
                }
                return owners;
            }
        });
    }

    @Override
    public List<ViolationSighting> sightings(Collection<String> plates, Instant from, Instant to) {
        if (plates.isEmpty()) {
            return List.of();
        }
        return jdbc(connection -> {
            SqlList list = SqlList.of(connection, "varchar", List.copyOf(plates));
            try (PreparedStatement select = connection.prepareStatement(
                    "select plate, camera_code, violation_kind, observed_at from violation where "
                            + list.condition("plate") + " and observed_at between ? and ?")) {
                int next = list.bind(select, 1);
                select.setObject(next, from.atOffset(ZoneOffset.UTC));
                select.setObject(next + 1, to.atOffset(ZoneOffset.UTC));
                List<ViolationSighting> sightings = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sightings.add(new ViolationSighting(rs.getString(1), rs.getString(2), ViolationKind.valueOf(rs.getString(3)),
                                rs.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
                return sightings;
            }
        });
    }

    private <T> T jdbc(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    @Override
    public List<PendingCandidate> newCandidates(List<String> cameraCodes, long after, int limit) {
        if (cameraCodes.isEmpty()) {
            return List.of();
        }
        // more than 1,000 cameras: one query per 1,000, each giving its first ids; the first of them all are these
        List<PendingCandidate> found = InList.select(cameraCodes, "cameras", """
                        select new vn.smartcity.ioc.violation.domain.PendingCandidate(c.id, c.cameraCode, c.kind,
                            coalesce(c.reviewedPlate, c.plateText), c.vehicleClass, c.observedAt, c.speedKmh, c.limitKmh,
                            c.place, c.evidence,
                            c.evidenceSha256)
                        from ViolationCandidate c
                        where c.status = :new and c.cameraCode in :cameras and c.id > :after order by c.id""",
                jpql -> em.createQuery(jpql, PendingCandidate.class).setParameter("new", ViolationCandidate.Status.NEW)
                        .setParameter("after", after).setMaxResults(limit));
        return cameraCodes.size() <= InList.MAX ? found
                : found.stream().sorted(java.util.Comparator.comparing(PendingCandidate::id)).limit(limit).toList();
    }

    @Override
    public List<String> camerasWithNewCandidates() {
        return em.createQuery("select distinct c.cameraCode from ViolationCandidate c where c.status = :new order by c.cameraCode",
                String.class).setParameter("new", ViolationCandidate.Status.NEW).getResultList();
    }

    @Override
    public java.util.Map<String, Long> newCandidatesPerCamera() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select c.cameraCode, count(c) from ViolationCandidate c where c.status = :new"
                        + " group by c.cameraCode", Object[].class)
                .setParameter("new", ViolationCandidate.Status.NEW).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Vehicle> vehicle(String canonicalPlate) {
        return em.createQuery("select v from Vehicle v where v.plate = :plate", Vehicle.class)
                .setParameter("plate", canonicalPlate).getResultStream().findFirst();
    }

    @Override
    public LinkedHashMap<FineSchedule, List<FineRule>> schedulesWithRules() {
        Map<Long, List<FineRule>> rules = em.createQuery("select r from FineRule r order by r.id", FineRule.class)
                .getResultList().stream().collect(Collectors.groupingBy(FineRule::getScheduleId));
        LinkedHashMap<FineSchedule, List<FineRule>> book = new LinkedHashMap<>();
        for (FineSchedule schedule : em.createQuery("select s from FineSchedule s order by s.effectiveFrom",
                FineSchedule.class).getResultList()) {
            book.put(schedule, rules.getOrDefault(schedule.getId(), List.of()));
        }
        return book;
    }

    @Override
    public boolean scheduleExists(String decree) {
        return !em.createQuery("select s.id from FineSchedule s where s.decree = :d", Long.class).setParameter("d", decree)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void addSchedule(FineSchedule schedule) {
        em.persist(schedule);
        em.flush();
    }

    @Override
    public void addRule(FineRule rule) {
        em.persist(rule);
    }

    @Override
    public ViolationCandidate addCandidate(ViolationCandidate candidate) {
        em.persist(candidate);
        return candidate;
    }

    @Override
    public Vehicle addVehicle(Vehicle vehicle) {
        em.persist(vehicle);
        return vehicle;
    }

    @Override
    public Violation addViolation(Violation violation) {
        em.persist(violation);
        return violation;
    }

    @Override
    public void addViolations(List<Violation> violations) {
        BulkInsert.insert(em, Violation.class, violations);
    }

    @Override
    public void addSkip(SkippedCandidate skip) {
        em.persist(skip);
    }

    @Override
    public Optional<JobPartitionProgress> progress(long jobExecutionId, int partitionNo) {
        return Optional.ofNullable(em.find(JobPartitionProgress.class, new JobPartitionProgress.Key(jobExecutionId, partitionNo)));
    }

    @Override
    public void addProgress(JobPartitionProgress progress) {
        em.persist(progress);
    }

    @Override
    public List<Long> confirmedViolationIds(long after, int limit) {
        return em.createQuery("select v.id from Violation v where v.state = :confirmed and v.id > :after order by v.id",
                        Long.class).setParameter("confirmed", Violation.State.CONFIRMED).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Violation> violation(long id) {
        return Optional.ofNullable(em.find(Violation.class, id));
    }

    @Override
    public PenaltyNotice addNotice(PenaltyNotice notice) {
        em.persist(notice);
        return notice;
    }

    @Override
    public List<PenaltyNotice> noticesOfJob(long jobInstanceId) {
        return em.createQuery("select n from PenaltyNotice n where n.jobInstanceId = :job order by n.number",
                PenaltyNotice.class).setParameter("job", jobInstanceId).getResultList();
    }

    @Override
    public Optional<PenaltyNotice> noticeOfViolation(long violationId) {
        return em.createQuery("select n from PenaltyNotice n where n.violationId = :v", PenaltyNotice.class)
                .setParameter("v", violationId).getResultStream().findFirst();
    }
}
