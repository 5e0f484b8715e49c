package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

/**
 * Reads ids in order, a page at a time, from a query of "ids above this one"; the checkpoint is the last id
 * handed out, so a restart continues after it. The rows leave the query's condition in the chunk that
 * processes them, so none is read twice.
 */
abstract class IdPageReader extends AbstractItemReader {

    private long after;
    private final Deque<Long> buffer = new ArrayDeque<>();

    /** The next ids above {@code after}, in order, at most a page. */
    protected abstract List<Long> page(long after);

    @Override
    public void open(Serializable checkpoint) {
        after = checkpoint != null ? (Long) checkpoint : 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(page(after));
        }
        Long next = buffer.poll();
        if (next != null) {
            after = next;
        }
        return next;
    }

    /** The ids that the next reads will hand out, at most {@code max} (from the current page). */
    protected List<Long> ahead(int max) {
        return buffer.stream().limit(max).toList();
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
