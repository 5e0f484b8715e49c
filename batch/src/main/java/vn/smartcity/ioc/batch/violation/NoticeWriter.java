package vn.smartcity.ioc.batch.violation;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * notice-issuing: stores the chunk's notices and marks their violations NOTICE_ISSUED, in the chunk's
 * transaction: a notice exists exactly when its violation says so.
 */
@Named
@Dependent
public class NoticeWriter extends AbstractItemWriter {

    @Inject
    ViolationRepository repository;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            PenaltyNotice notice = (PenaltyNotice) item;
            repository.violation(notice.getViolationId()).orElseThrow().noticeIssued(notice.getIssuedAt());
            repository.addNotice(notice);
        }
        repository.flush();
    }
}
