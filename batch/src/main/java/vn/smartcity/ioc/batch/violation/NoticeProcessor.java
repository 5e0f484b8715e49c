package vn.smartcity.ioc.batch.violation;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationRepository;
import vn.smartcity.ioc.violation.infrastructure.PdfNoticeRenderer;

/**
 * notice-issuing: renders the notice of one confirmed violation (PDF with its evidence image) and returns it
 * for the writer. A violation no longer CONFIRMED (changed since it was read) is passed over.
 */
@Named
@Dependent
public class NoticeProcessor implements ItemProcessor {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ViolationRepository repository;

    @Inject
    PdfNoticeRenderer renderer;

    @Inject
    JobContext job;

    Clock clock = Clock.systemUTC();

    @Override
    public Object processItem(Object item) throws Exception {
        Violation v = repository.violation((Long) item).orElse(null);
        if (v == null || v.getState() != Violation.State.CONFIRMED) {
            return null;
        }
        byte[] evidence = repository.candidate(v.getCandidateId()).map(ViolationCandidate::getEvidence).orElse(null);
        String number = PenaltyNotice.numberOf(v, VIETNAM);
        Instant now = clock.instant();
        byte[] pdf = renderer.render(v, number, evidence, now);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        return new PenaltyNotice(v.getId(), number, now, pdf, sha, job.getInstanceId());
    }
}
