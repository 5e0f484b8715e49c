package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Reads the ids of the NEW candidates of its partition's cameras, in order, 200 at a time. The checkpoint is
 * the last id handed out; a restart continues after it, and candidates already processed are no longer NEW,
 * so none is processed twice.
 */
@Named
@Dependent
public class CandidateReader extends AbstractItemReader {

    static final int PAGE = 200;

    @Inject
    @BatchProperty
    String cameras;

    @Inject
    ViolationRepository repository;

    private long after;
    private List<String> cameraCodes;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        cameraCodes = cameras == null || cameras.isBlank() ? List.of() : List.of(cameras.split(","));
        after = checkpoint != null ? (Long) checkpoint : 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(repository.newCandidateIds(cameraCodes, after, PAGE));
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
