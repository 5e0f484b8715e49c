package vn.smartcity.ioc.violation.infrastructure;

import java.time.Instant;
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

import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineSchedule;
import vn.smartcity.ioc.violation.domain.JobPartitionProgress;
import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.SkippedCandidate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

@ApplicationScoped
public class JpaViolationRepository implements ViolationRepository {

    /** Ids per IN list: Oracle refuses more than 1,000. */
    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "ioc")
    private EntityManager em;

    @Override
    public Optional<ViolationCandidate> candidate(long id) {
        return Optional.ofNullable(em.find(ViolationCandidate.class, id));
    }

    @Override
    public List<ViolationCandidate> candidates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // read only: no dirty checking of each candidate (and its evidence) at the chunk's flush
        return em.createQuery("select c from ViolationCandidate c where c.id in :ids", ViolationCandidate.class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    @Override
    public void markCandidates(ViolationCandidate.Status status, Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            em.createQuery("update ViolationCandidate c set c.status = :status where c.id in :ids")
                    .setParameter("status", status).setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .executeUpdate();
        }
    }

    @Override
    public List<Vehicle> vehicles(Collection<String> canonicalPlates) {
        if (canonicalPlates.isEmpty()) {
            return List.of();
        }
        // read only: the chunk never changes a vehicle, so its flush need not check them
        return em.createQuery("select v from Vehicle v where v.plate in :plates", Vehicle.class)
                .setParameter("plates", canonicalPlates).setFlushMode(FlushModeType.COMMIT)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    @Override
    public List<Violation> violationsOf(Collection<String> plates, Instant from, Instant to) {
        if (plates.isEmpty()) {
            return List.of();
        }
        // read only: compared with, never changed by the chunk
        return em.createQuery("select v from Violation v where v.plate in :plates and v.observedAt between :from and :to",
                        Violation.class).setParameter("plates", plates).setParameter("from", from).setParameter("to", to)
                .setFlushMode(FlushModeType.COMMIT).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    @Override
    public List<Long> newCandidateIds(List<String> cameraCodes, long after, int limit) {
        if (cameraCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select c.id from ViolationCandidate c
                        where c.status = :new and c.cameraCode in :cameras and c.id > :after order by c.id""", Long.class)
                .setParameter("new", ViolationCandidate.Status.NEW).setParameter("cameras", cameraCodes)
                .setParameter("after", after).setMaxResults(limit).getResultList();
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
    public boolean violationBetween(String plate, String cameraCode, ViolationKind kind, Instant from, Instant to) {
        return !em.createQuery("""
                        select v.id from Violation v where v.plate = :plate and v.cameraCode = :camera and v.kind = :kind
                        and v.observedAt between :from and :to""", Long.class)
                .setParameter("plate", plate).setParameter("camera", cameraCode).setParameter("kind", kind)
                .setParameter("from", from).setParameter("to", to).setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1).getResultList().isEmpty();
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
