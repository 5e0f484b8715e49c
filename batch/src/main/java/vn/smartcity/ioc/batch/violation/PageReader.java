package vn.smartcity.ioc.batch.violation;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

/**
 * Reads items in id order, a page at a time, from a query of "items with an id above this one"; the checkpoint
 * is the id of the last item handed out, so a restart continues after it. The rows leave the query's condition
 * in the chunk that processes them, so none is read twice.
 */
abstract class PageReader<T> extends AbstractItemReader {

    private long after;
    private final Deque<T> buffer = new ArrayDeque<>();

    /** The next items with an id above {@code after}, in id order, at most a page. */
    protected abstract List<T> page(long after);

    protected abstract long idOf(T item);

    @Override
    public void open(Serializable checkpoint) {
        after = checkpoint != null ? (Long) checkpoint : 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(page(after));
        }
        T next = buffer.poll();
        if (next != null) {
            after = idOf(next);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
