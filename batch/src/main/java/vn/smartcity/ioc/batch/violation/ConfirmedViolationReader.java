package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * notice-issuing: the ids of the CONFIRMED violations in order, 100 at a time; the checkpoint is the last id
 * handed out. A violation leaves CONFIRMED in the chunk that issues its notice, so none gets two.
 */
@Named
@Dependent
public class ConfirmedViolationReader extends AbstractItemReader {

    @Inject
    ViolationRepository repository;

    private long after;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        after = checkpoint != null ? (Long) checkpoint : 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(repository.confirmedViolationIds(after, 100));
        }
        Long next = buffer.poll();
        if (next != null) {
            after = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
