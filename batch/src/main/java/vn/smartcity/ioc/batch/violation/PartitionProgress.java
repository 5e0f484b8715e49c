package vn.smartcity.ioc.batch.violation;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.chunk.listener.ItemReadListener;
import jakarta.batch.api.chunk.listener.ItemWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.violation.application.ViolationProcessing;

/**
 * Live progress per partition for the console: counts each chunk's candidates read, written and skipped, and
 * adds them to the partition's row at the chunk's end, in the chunk's transaction (a rolled-back chunk adds
 * nothing; its counts start again at the next chunk). JBeret itself reports a partitioned step only at its end.
 */
@Named
@Dependent
public class PartitionProgress implements ChunkListener, ItemReadListener, ItemWriteListener, SkipProcessListener {

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String cameras;

    @Inject
    JobContext job;

    @Inject
    ViolationProcessing processing;

    private long read;
    private long written;
    private long skipped;

    @Override
    public void beforeChunk() {
        read = 0;
        written = 0;
        skipped = 0;
    }

    @Override
    public void afterRead(Object item) {
        if (item != null) {
            read++;
        }
    }

    @Override
    public void afterWrite(List<Object> items) {
        written += items.size();
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        skipped++;
    }

    @Override
    public void afterChunk() {
        if (read == 0) {
            return;   // the partition's end: nothing read
        }
        int number = partition == null || partition.isBlank() ? 1 : Integer.parseInt(partition.strip());
        processing.chunkDone(job.getExecutionId(), number, cameras, read, written, skipped);
    }

    @Override
    public void onError(Exception e) {
        // the chunk rolls back: what it counted is forgotten at the next beforeChunk
    }

    @Override
    public void beforeRead() {
    }

    @Override
    public void onReadError(Exception e) {
    }

    @Override
    public void beforeWrite(List<Object> items) {
    }

    @Override
    public void onWriteError(List<Object> items, Exception e) {
    }
}
