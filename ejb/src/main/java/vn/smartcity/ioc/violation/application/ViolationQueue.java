package vn.smartcity.ioc.violation.application;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.violation.domain.SkippedCandidate;
import vn.smartcity.ioc.violation.domain.Violation;

/** What traffic officers see: violations waiting for review, and the candidates the job skipped, with why. */
@Stateless
@RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
public class ViolationQueue {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    /** Waiting for an officer (AWAITING_REVIEW first, then MANUAL_REVIEW), oldest first, at most 200. */
    public List<ViolationView> awaitingReview() {
        return em.createQuery("""
                        select v from Violation v where v.state in :states order by v.state, v.observedAt, v.id""",
                        Violation.class)
                .setParameter("states", List.of(Violation.State.AWAITING_REVIEW, Violation.State.MANUAL_REVIEW))
                .setMaxResults(200).getResultList().stream().map(ViolationView::of).toList();
    }

    /** How many candidates are in each status and violations in each state (the console's totals). */
    public java.util.Map<String, Long> totals() {
        java.util.Map<String, Long> totals = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select c.status, count(c) from ViolationCandidate c group by c.status",
                Object[].class).getResultList()) {
            totals.put("candidates-" + row[0], (Long) row[1]);
        }
        for (Object[] row : em.createQuery("select v.state, count(v) from Violation v group by v.state", Object[].class)
                .getResultList()) {
            totals.put("violations-" + row[0], (Long) row[1]);
        }
        totals.put("violations", em.createQuery("select count(v) from Violation v", Long.class).getSingleResult());
        totals.put("violations-distinct-candidates",
                em.createQuery("select count(distinct v.candidateId) from Violation v", Long.class).getSingleResult());
        return totals;
    }

    /** One partition of a violation-processing execution, as far as it has got (committed chunks). */
    public record PartitionView(long execution, int partition, String cameras, long read, long written, long skipped,
                                long chunks, java.time.Instant updatedAt) implements java.io.Serializable {
    }

    /** The partitions of these executions with their live counts, by execution (none before its first chunk). */
    public Map<Long, List<PartitionView>> partitions(java.util.Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from JobPartitionProgress p where p.jobExecutionId in :e order by p.partitionNo",
                        vn.smartcity.ioc.violation.domain.JobPartitionProgress.class).setParameter("e", jobExecutionIds)
                .getResultList().stream().map(p -> new PartitionView(p.getJobExecutionId(), p.getPartitionNo(), p.getCameras(),
                        p.getRead(), p.getWritten(), p.getSkipped(), p.getChunks(), p.getUpdatedAt()))
                .collect(java.util.stream.Collectors.groupingBy(PartitionView::execution));
    }

    /** The latest skipped candidates with their reasons, at most 200. */
    public List<SkipView> skipped() {
        return em.createQuery("select s from SkippedCandidate s order by s.skippedAt desc, s.id desc", SkippedCandidate.class)
                .setMaxResults(200).getResultList().stream()
                .map(s -> new SkipView(s.getCandidateId(), s.getJobExecutionId(), s.getReason(), s.getSkippedAt())).toList();
    }

    /** A candidate's evidence image (its bytes, as the camera sent them), or empty. Every access is logged. */
    public java.util.Optional<byte[]> evidence(long candidateId, String who) {
        java.util.logging.Logger.getLogger(ViolationQueue.class.getName())
                .info("evidence of candidate " + candidateId + " viewed by " + who);
        return java.util.Optional.ofNullable(em.find(vn.smartcity.ioc.violation.domain.ViolationCandidate.class, candidateId))
                .map(vn.smartcity.ioc.violation.domain.ViolationCandidate::getEvidence);
    }

    /** One skipped candidate. */
    /** A notice issued, as the console lists it. */
    public record NoticeView(long violationId, String number, String plate, String kind, java.time.Instant issuedAt,
                             long jobInstanceId) implements java.io.Serializable {
    }

    /** The latest notices issued, newest first, at most 50. */
    public List<NoticeView> notices() {
        return em.createQuery("select n.violationId, n.number, v.plate, v.kind, n.issuedAt, n.jobInstanceId from "
                        + "PenaltyNotice n, Violation v where v.id = n.violationId order by n.issuedAt desc, n.id desc",
                        Object[].class).setMaxResults(50).getResultList().stream()
                .map(r -> new NoticeView((Long) r[0], (String) r[1], (String) r[2], String.valueOf(r[3]),
                        (java.time.Instant) r[4], (Long) r[5])).toList();
    }

    /** A notice's PDF (each access logged with who). */
    public java.util.Optional<byte[]> noticePdf(long violationId, String who) {
        java.util.logging.Logger.getLogger(ViolationQueue.class.getName())
                .info(() -> "penalty notice of violation " + violationId + " read by " + who);
        return em.createQuery("select n from PenaltyNotice n where n.violationId = :v",
                        vn.smartcity.ioc.violation.domain.PenaltyNotice.class).setParameter("v", violationId)
                .getResultStream().findFirst().map(vn.smartcity.ioc.violation.domain.PenaltyNotice::getPdf);
    }

    public record SkipView(long candidateId, Long jobExecutionId, String reason, java.time.Instant at)
            implements java.io.Serializable {
    }
}
