package vn.smartcity.ioc.violation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Where candidates, violations, the vehicle registry and the fine schedules are kept. */
public interface ViolationRepository {

    Optional<ViolationCandidate> candidate(long id);

    /**
     * The candidates of these ids (those that exist), in one query, read only: a change to them is not stored
     * (their status is written with {@link #markCandidates}).
     */
    List<ViolationCandidate> candidates(Collection<Long> ids);

    /** Sets the status of these candidates, in statements of up to 1,000 ids (not one per candidate). */
    void markCandidates(ViolationCandidate.Status status, Collection<Long> ids);

    /** The registered vehicles of these canonical plates, in one query. */
    List<Vehicle> vehicles(Collection<String> canonicalPlates);

    /** Stored violations of these plates seen within [from, to] (not those added but not yet flushed). */
    List<Violation> violationsOf(Collection<String> plates, Instant from, Instant to);

    /** Ids of NEW candidates of some cameras with an id above {@code after}, in order, at most {@code limit}. */
    List<Long> newCandidateIds(List<String> cameraCodes, long after, int limit);

    /** The cameras that have NEW candidates. */
    List<String> camerasWithNewCandidates();

    /** How many NEW candidates each camera has (cameras without any are left out). */
    java.util.Map<String, Long> newCandidatesPerCamera();

    /** Writes pending changes now. */
    void flush();

    /**
     * Whether a stored violation of this plate, camera and kind was seen within [from, to]. Violations added in
     * the current transaction but not yet flushed are not seen (no flush per question): the caller checks those.
     */
    boolean violationBetween(String plate, String cameraCode, ViolationKind kind, Instant from, Instant to);

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
