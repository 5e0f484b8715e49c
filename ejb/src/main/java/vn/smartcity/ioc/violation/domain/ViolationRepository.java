package vn.smartcity.ioc.violation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Where candidates, violations, the vehicle registry and the fine schedules are kept. */
public interface ViolationRepository {

    Optional<ViolationCandidate> candidate(long id);

    /** Sets the status of these candidates, in one statement (not one per candidate). */
    void markCandidates(ViolationCandidate.Status status, Collection<Long> ids);

    /** The registered class and owner of each of these canonical plates that is in the vehicle registry, in one query. */
    List<VehicleOwner> owners(Collection<String> canonicalPlates);

    /** The stored violations of these plates seen within [from, to], as the duplicate check compares them. */
    List<ViolationSighting> sightings(Collection<String> plates, Instant from, Instant to);

    /** NEW candidates of some cameras with an id above {@code after}, in id order, at most {@code limit}. */
    List<PendingCandidate> newCandidates(List<String> cameraCodes, long after, int limit);

    /** The cameras that have NEW candidates. */
    List<String> camerasWithNewCandidates();

    /** How many NEW candidates each camera has (cameras without any are left out). */
    java.util.Map<String, Long> newCandidatesPerCamera();

    /** Writes pending changes now. */
    void flush();

    Optional<Vehicle> vehicle(String canonicalPlate);

    /**
     * Every fine schedule, past, present and future, the earliest in force first, each with its rules in id
     * order (two queries).
     */
    LinkedHashMap<FineSchedule, List<FineRule>> schedulesWithRules();

    /** Whether a schedule for this decree number exists. */
    boolean scheduleExists(String decree);

    /** Stores a new schedule; it has its id when this returns. */
    void addSchedule(FineSchedule schedule);

    void addRule(FineRule rule);

    ViolationCandidate addCandidate(ViolationCandidate candidate);

    Vehicle addVehicle(Vehicle vehicle);

    Violation addViolation(Violation violation);

    /**
     * Stores many new violations at once, as rows (PostgreSQL COPY, elsewhere a JDBC batch), in the current
     * transaction: each gets its id, none becomes managed, and no audit revision is written for their creation
     * (the job's execution id and the creation time on each row record it).
     */
    void addViolations(List<Violation> violations);

    void addSkip(SkippedCandidate skip);

    /** A partition's progress row, locked for the update of the current chunk; empty before its first chunk. */
    Optional<JobPartitionProgress> progress(long jobExecutionId, int partitionNo);

    void addProgress(JobPartitionProgress progress);

    /** Ids of CONFIRMED violations with an id above {@code after}, in order, at most {@code limit}. */
    List<Long> confirmedViolationIds(long after, int limit);

    Optional<Violation> violation(long id);

    PenaltyNotice addNotice(PenaltyNotice notice);

    /** The notices a job instance issued, in number order. */
    List<PenaltyNotice> noticesOfJob(long jobInstanceId);

    Optional<PenaltyNotice> noticeOfViolation(long violationId);
}
