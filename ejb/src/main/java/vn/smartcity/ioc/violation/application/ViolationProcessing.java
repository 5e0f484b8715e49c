package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.smartcity.ioc.shared.domain.Sha256;
import vn.smartcity.ioc.shared.domain.Text;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineRuleBook;
import vn.smartcity.ioc.violation.domain.JobPartitionProgress;
import vn.smartcity.ioc.violation.domain.PendingCandidate;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.SkippedCandidate;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.VehicleOwner;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;
import vn.smartcity.ioc.violation.domain.ViolationSighting;

/**
 * The rules that turn a camera's candidates into violations, inside the batch job's chunk transaction, in two
 * stages: per candidate ({@link #check}), the evidence is there and its SHA-256 matches and the plate reads as a
 * Vietnamese plate (a bad candidate is skipped with the reason); per chunk ({@link #establish}), set-based:
 * the same plate, camera and kind within the duplicate window is one violation; the owner comes from the
 * vehicle registry (unknown plate: manual review); the fine comes from the schedule in force that day; the
 * chunk's violations are written together (PostgreSQL COPY, elsewhere one JDBC batch) and its candidates
 * marked, one statement per status. A chunk costs three queries and three writes, whatever its size. The job
 * partitions candidates by camera, so the candidates of one camera are processed in order by one thread and
 * the duplicate check sees every earlier violation of that camera.
 */
@ApplicationScoped
public class ViolationProcessing {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ViolationRepository repository;

    Clock clock = Clock.systemUTC();

    /** One candidate: its evidence and its plate; throws CandidateRejected (the job skips it) when bad. */
    public CheckedCandidate check(PendingCandidate candidate) throws CandidateRejected {
        long id = candidate.id();
        if (candidate.evidence() == null || candidate.evidence().length == 0) {
            throw new CandidateRejected(id, new Text("violation.skip.noEvidence"));
        }
        if (candidate.evidenceSha256() == null
                || !candidate.evidenceSha256().equalsIgnoreCase(Sha256.of(candidate.evidence()))) {
            throw new CandidateRejected(id, new Text("violation.skip.evidenceAltered"));
        }
        Plate plate = Plate.parse(candidate.plateText()).orElseThrow(() -> CandidateRejected.plateUnreadable(id,
                candidate.plateText() == null || candidate.plateText().isBlank() ? new Text("violation.skip.noPlate")
                        : new Text("violation.skip.notAPlate", candidate.plateText())));
        return new CheckedCandidate(candidate, plate);
    }

    /**
     * A chunk of checked candidates, in id order: each becomes a violation, or a duplicate of a stored one or of
     * an earlier one of the chunk; the violations are stored and the candidates marked PROCESSED or DUPLICATE.
     *
     * @param rules the fine schedules, read once per partition ({@link #ruleBook()})
     */
    public void establish(List<CheckedCandidate> chunk, Long jobExecutionId, Duration duplicateWindow, FineRuleBook rules) {
        if (chunk.isEmpty()) {
            return;
        }
        Set<String> plates = new HashSet<>();
        Instant first = chunk.get(0).candidate().observedAt();
        Instant last = first;
        for (CheckedCandidate c : chunk) {
            plates.add(c.plate().canonical());
            Instant at = c.candidate().observedAt();
            first = at.isBefore(first) ? at : first;
            last = at.isAfter(last) ? at : last;
        }
        Map<String, VehicleOwner> owners = new HashMap<>();
        for (VehicleOwner o : repository.owners(plates)) {
            owners.put(o.plate(), o);
        }
        // by plate: the stored violations the chunk's candidates could repeat, then the chunk's own
        Map<String, List<ViolationSighting>> seen = new HashMap<>();
        for (ViolationSighting s : repository.sightings(plates, first.minus(duplicateWindow), last.plus(duplicateWindow))) {
            seen.computeIfAbsent(s.plate(), p -> new ArrayList<>()).add(s);
        }
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>(chunk.size());
        List<Long> processed = new ArrayList<>(chunk.size());
        List<Long> duplicates = new ArrayList<>();
        for (CheckedCandidate checked : chunk) {
            PendingCandidate c = checked.candidate();
            String plate = checked.plate().canonical();
            List<ViolationSighting> ofPlate = seen.computeIfAbsent(plate, p -> new ArrayList<>());
            if (ofPlate.stream().anyMatch(s -> s.repeatedBy(plate, c.cameraCode(), c.kind(), c.observedAt(), duplicateWindow))) {
                duplicates.add(c.id());
                continue;
            }
            VehicleOwner vehicle = owners.get(plate);
            VehicleClass vehicleClass = vehicle != null ? vehicle.vehicleClass()
                    : c.vehicleClass() != null ? c.vehicleClass()
                    : checked.plate().motorbike() ? VehicleClass.MOTORBIKE : VehicleClass.CAR;
            FineRule rule = rules.rule(LocalDate.ofInstant(c.observedAt(), VIETNAM), c.kind(), vehicleClass,
                    c.overKmh()).orElse(null);
            Violation violation = Violation.establish(c, checked.plate(), vehicle, rule, jobExecutionId, now);
            violations.add(violation);
            ofPlate.add(violation.sighting());
            processed.add(c.id());
        }
        repository.addViolations(violations);
        repository.markCandidates(ViolationCandidate.Status.PROCESSED, processed);
        repository.markCandidates(ViolationCandidate.Status.DUPLICATE, duplicates);
    }

    /**
     * Records a skipped candidate and its reason (the job's skip listener): SKIPPED, or PLATE_REVIEW when only its
     * plate is missing or unreadable (a traffic officer reads it, then the job takes it again).
     */
    public void skipped(long candidateId, Long jobExecutionId, String reason, boolean plateReview) {
        // reason: a sentence of the IOC as Text.stored(), shown in each reader's language, or a failure's message
        repository.markCandidates(plateReview ? ViolationCandidate.Status.PLATE_REVIEW : ViolationCandidate.Status.SKIPPED,
                List.of(candidateId));
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

    /** The fine schedules and their rules as they are now. */
    public FineRuleBook ruleBook() {
        return new FineRuleBook(repository.schedulesWithRules());
    }

    /** The rule of the fine schedule in force on the day (Vietnam) of {@code at} that applies, if any. */
    public Optional<FineRule> fineRule(Instant at, ViolationKind kind, VehicleClass vehicleClass, Integer overKmh) {
        return ruleBook().rule(LocalDate.ofInstant(at, VIETNAM), kind, vehicleClass, overKmh);
    }
}
