package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.shared.domain.Sha256;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineRuleBook;
import vn.smartcity.ioc.violation.domain.JobPartitionProgress;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.SkippedCandidate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * The rules that turn a camera's candidate into a violation, one candidate at a time, inside the batch job's
 * chunk transaction: the evidence is there and its SHA-256 matches; the plate reads as a Vietnamese plate;
 * the same plate, camera and kind within the duplicate window is one violation; the owner comes from the
 * vehicle registry (unknown plate: manual review); the fine comes from the schedule in force that day. The job
 * partitions candidates by camera, so the candidates of one camera are processed in order by one thread and
 * the duplicate check sees every earlier violation of that camera. Work is per chunk, not per candidate: the
 * reader announces the chunk's candidates ({@link #prefetch}), which are loaded with their vehicles in two queries;
 * the stored violations they could repeat in a third; the chunk's own violations are checked in memory; its rows
 * are written together at its end, in JDBC batches.
 */
@ApplicationScoped
public class ViolationProcessing {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What the current transaction (the chunk) has loaded and established: see {@link Chunk}. */
    private static final String CHUNK = ViolationProcessing.class.getName() + ".chunk";

    @Inject
    ViolationRepository repository;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /**
     * A chunk's working set, kept with its transaction (gone at commit or rollback): the candidates the reader
     * announced, loaded together with the vehicles of their plates; the stored violations they could repeat
     * (loaded at the first duplicate check); the violations established in the chunk, written at its end.
     */
    private static final class Chunk {
        final Set<Long> prefetched = new HashSet<>();
        final List<ViolationCandidate> candidates = new ArrayList<>();
        /** plate → vehicle for every readable plate of the prefetched candidates; null: not registered */
        final Map<String, Vehicle> vehicles = new HashMap<>();
        List<Violation> stored;
        final List<Violation> pending = new ArrayList<>();
        /** the candidates' new status, written together at the chunk's end (markCandidates), not entity by entity */
        final Map<ViolationCandidate.Status, List<Long>> marks = new EnumMap<>(ViolationCandidate.Status.class);

        void mark(ViolationCandidate candidate, ViolationCandidate.Status status) {
            marks.computeIfAbsent(status, s -> new ArrayList<>()).add(candidate.getId());
        }
    }

    /**
     * Loads, in two queries, the candidates the chunk will process and the vehicles of their plates (the reader
     * calls this with the id it hands out and those that follow it); processing does without a query per
     * candidate for them. Does nothing when the first id is already loaded.
     */
    public void prefetch(List<Long> candidateIds) {
        Chunk chunk = chunk();
        if (candidateIds.isEmpty() || chunk.prefetched.contains(candidateIds.get(0))) {
            return;
        }
        List<Long> missing = candidateIds.stream().filter(id -> !chunk.prefetched.contains(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<ViolationCandidate> loaded = repository.candidates(missing);
        chunk.prefetched.addAll(missing);
        chunk.candidates.addAll(loaded);
        chunk.stored = null;
        Set<String> plates = new HashSet<>();
        for (ViolationCandidate c : loaded) {
            Plate.parse(c.getPlateText()).map(Plate::canonical).filter(p -> !chunk.vehicles.containsKey(p)).ifPresent(plates::add);
        }
        for (Vehicle v : repository.vehicles(plates)) {
            chunk.vehicles.put(v.getPlate(), v);
        }
        plates.forEach(p -> chunk.vehicles.putIfAbsent(p, null));
    }

    /**
     * @param rules the fine schedules, read once per partition ({@link #ruleBook()})
     */
    public Processed process(long candidateId, Long jobExecutionId, Duration duplicateWindow, FineRuleBook rules)
            throws CandidateRejected {
        Chunk chunk = chunk();
        boolean prefetched = chunk.prefetched.contains(candidateId);
        ViolationCandidate candidate = repository.candidate(candidateId)
                .orElseThrow(() -> new CandidateRejected(candidateId, "The candidate no longer exists"));
        if (candidate.getEvidence() == null || candidate.getEvidence().length == 0) {
            throw new CandidateRejected(candidateId, "No evidence image");
        }
        if (candidate.getEvidenceSha256() == null
                || !candidate.getEvidenceSha256().equalsIgnoreCase(Sha256.of(candidate.getEvidence()))) {
            throw new CandidateRejected(candidateId, "The evidence image does not match its SHA-256 (altered or damaged)");
        }
        Plate plate = Plate.parse(candidate.getPlateText()).orElseThrow(() -> new CandidateRejected(candidateId,
                "The plate '" + candidate.getPlateText() + "' is not a Vietnamese plate"));
        if (repeats(chunk, prefetched, plate.canonical(), candidate, duplicateWindow)) {
            chunk.mark(candidate, ViolationCandidate.Status.DUPLICATE);
            return new Processed(candidateId, null);
        }
        Vehicle vehicle = prefetched ? chunk.vehicles.get(plate.canonical()) : repository.vehicle(plate.canonical()).orElse(null);
        VehicleClass vehicleClass = vehicle != null ? vehicle.getVehicleClass()
                : candidate.getVehicleClass() != null ? candidate.getVehicleClass()
                : plate.motorbike() ? VehicleClass.MOTORBIKE : VehicleClass.CAR;
        FineRule rule = rules.rule(LocalDate.ofInstant(candidate.getObservedAt(), VIETNAM), candidate.getKind(), vehicleClass,
                candidate.overKmh()).orElse(null);
        chunk.mark(candidate, ViolationCandidate.Status.PROCESSED);
        Violation violation = repository.addViolation(Violation.establish(candidate, plate, vehicle, rule, jobExecutionId,
                clock.instant()));
        chunk.pending.add(violation);
        return new Processed(candidateId, violation);
    }

    /** Whether a violation of the chunk or a stored one is this candidate again (same plate, camera, kind, in the window). */
    private boolean repeats(Chunk chunk, boolean prefetched, String plate, ViolationCandidate c, Duration window) {
        Instant at = c.getObservedAt();
        if (chunk.pending.stream().anyMatch(v -> v.repeatedBy(plate, c.getCameraCode(), c.getKind(), at, window))) {
            return true;
        }
        if (!prefetched) {
            return repository.violationBetween(plate, c.getCameraCode(), c.getKind(), at.minus(window), at.plus(window));
        }
        if (chunk.stored == null) {
            // one query for the whole chunk: the violations of its plates (the vehicle map's keys: every readable
            // plate of the prefetched candidates) around its time span
            Instant first = at;
            Instant last = at;
            for (ViolationCandidate k : chunk.candidates) {
                first = k.getObservedAt().isBefore(first) ? k.getObservedAt() : first;
                last = k.getObservedAt().isAfter(last) ? k.getObservedAt() : last;
            }
            chunk.stored = repository.violationsOf(chunk.vehicles.keySet(), first.minus(window), last.plus(window));
        }
        return chunk.stored.stream().anyMatch(v -> v.repeatedBy(plate, c.getCameraCode(), c.getKind(), at, window));
    }

    private Chunk chunk() {
        Chunk chunk = (Chunk) transactions.getResource(CHUNK);
        if (chunk == null) {
            chunk = new Chunk();
            transactions.putResource(CHUNK, chunk);
        }
        return chunk;
    }

    /** Records a skipped candidate and its reason (the job's skip listener). */
    public void skipped(long candidateId, Long jobExecutionId, String reason) {
        repository.markCandidates(ViolationCandidate.Status.SKIPPED, List.of(candidateId));
        repository.addSkip(new SkippedCandidate(candidateId, jobExecutionId, reason, clock.instant()));
    }

    /** Adds a chunk's counts to its partition's progress, in the chunk's transaction (the job's PartitionProgress). */
    public void chunkDone(long jobExecutionId, int partitionNo, String cameras, long read, long written, long skipped) {
        var existing = repository.progress(jobExecutionId, partitionNo);
        JobPartitionProgress progress = existing.orElseGet(
                () -> new JobPartitionProgress(jobExecutionId, partitionNo, cameras == null ? "" : cameras));
        progress.chunk(read, written, skipped, clock.instant());
        if (existing.isEmpty()) {
            repository.addProgress(progress);
        }
    }

    /**
     * The chunk's end: its violations and their audit rows (Envers) written in JDBC batches, then the
     * candidates' new status, one statement per status (the candidates are loaded read only: no dirty checking
     * of each one and its evidence).
     */
    public void flush() {
        repository.flush();
        Chunk chunk = chunk();
        chunk.marks.forEach(repository::markCandidates);
        chunk.marks.clear();
    }

    /** The fine schedules and their rules as they are now. */
    public FineRuleBook ruleBook() {
        return new FineRuleBook(repository.schedulesWithRules());
    }

    /** The rule of the fine schedule in force on the day (Vietnam) of {@code at} that applies, if any. */
    public Optional<FineRule> fineRule(Instant at, ViolationKind kind, VehicleClass vehicleClass, Integer overKmh) {
        return ruleBook().rule(LocalDate.ofInstant(at, VIETNAM), kind, vehicleClass, overKmh);
    }
}
