package vn.smartcity.ioc.violation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.shared.domain.Sha256;
import vn.smartcity.ioc.violation.domain.FineRule;
import vn.smartcity.ioc.violation.domain.FineRuleBook;
import vn.smartcity.ioc.violation.domain.FineSchedule;
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
 * the duplicate check sees every earlier violation of that camera (those of the chunk in memory, the stored ones
 * by a query); the chunk's rows are written together at its end, in JDBC batches.
 */
@ApplicationScoped
public class ViolationProcessing {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The violations established in the current transaction (the chunk), not yet written. */
    private static final String PENDING = ViolationProcessing.class.getName() + ".pending";

    @Inject
    ViolationRepository repository;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /**
     * @param rules the fine schedules, read once per partition ({@link #ruleBook()})
     */
    public Processed process(long candidateId, Long jobExecutionId, Duration duplicateWindow, FineRuleBook rules)
            throws CandidateRejected {
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
        Instant at = candidate.getObservedAt();
        List<Violation> pending = pending();
        // the chunk's own violations are checked in memory: the stored ones by one query, without a flush per item
        if (pending.stream().anyMatch(v -> v.repeatedBy(plate.canonical(), candidate.getCameraCode(), candidate.getKind(),
                at, duplicateWindow))
                || repository.violationBetween(plate.canonical(), candidate.getCameraCode(), candidate.getKind(),
                at.minus(duplicateWindow), at.plus(duplicateWindow))) {
            candidate.mark(ViolationCandidate.Status.DUPLICATE);
            return new Processed(candidateId, null);
        }
        Vehicle vehicle = repository.vehicle(plate.canonical()).orElse(null);
        VehicleClass vehicleClass = vehicle != null ? vehicle.getVehicleClass()
                : candidate.getVehicleClass() != null ? candidate.getVehicleClass()
                : plate.motorbike() ? VehicleClass.MOTORBIKE : VehicleClass.CAR;
        FineRule rule = rules.rule(LocalDate.ofInstant(at, VIETNAM), candidate.getKind(), vehicleClass, candidate.overKmh())
                .orElse(null);
        candidate.mark(ViolationCandidate.Status.PROCESSED);
        Violation violation = repository.addViolation(Violation.establish(candidate, plate, vehicle, rule, jobExecutionId,
                clock.instant()));
        pending.add(violation);
        return new Processed(candidateId, violation);
    }

    @SuppressWarnings("unchecked")
    private List<Violation> pending() {
        List<Violation> pending = (List<Violation>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
        }
        return pending;
    }

    /** Records a skipped candidate and its reason (the job's skip listener). */
    public void skipped(long candidateId, Long jobExecutionId, String reason) {
        repository.candidate(candidateId).ifPresent(c -> c.mark(ViolationCandidate.Status.SKIPPED));
        repository.addSkip(new SkippedCandidate(candidateId, jobExecutionId, reason, clock.instant()));
    }

    /** The chunk's end: everything written in its transaction (in JDBC batches). */
    public void flush() {
        repository.flush();
    }

    /** The fine schedules and their rules as they are now. */
    public FineRuleBook ruleBook() {
        Map<Long, List<FineRule>> rules = repository.allRules().stream()
                .collect(Collectors.groupingBy(FineRule::getScheduleId, LinkedHashMap::new, Collectors.toList()));
        Map<FineSchedule, List<FineRule>> book = new LinkedHashMap<>();
        for (FineSchedule schedule : repository.schedules()) {
            book.put(schedule, rules.getOrDefault(schedule.getId(), List.of()));
        }
        return new FineRuleBook(book);
    }

    /** The rule of the fine schedule in force on the day (Vietnam) of {@code at} that applies, if any. */
    public Optional<FineRule> fineRule(Instant at, ViolationKind kind, VehicleClass vehicleClass, Integer overKmh) {
        return ruleBook().rule(LocalDate.ofInstant(at, VIETNAM), kind, vehicleClass, overKmh);
    }
}
