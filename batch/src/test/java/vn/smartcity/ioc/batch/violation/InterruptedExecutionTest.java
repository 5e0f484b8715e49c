package vn.smartcity.ioc.batch.violation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;

/** When the console offers to restart an execution the job repository still calls STARTED. */
class InterruptedExecutionTest {

    static final Instant SERVER_START = Instant.parse("2026-11-26T05:00:00Z");
    static final Instant NOW = SERVER_START.plusSeconds(600);
    static final Date BEFORE = Date.from(SERVER_START.minusSeconds(300));
    static final Date AFTER = Date.from(SERVER_START.plusSeconds(60));

    @Test
    void startedBeforeThisServerAndSilentSinceIsInterrupted() {
        assertTrue(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START, null, NOW), "never reported");
        assertTrue(ViolationJobs.interrupted(BatchStatus.STARTING, BEFORE, SERVER_START, null, NOW));
        assertTrue(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START,
                NOW.minus(ViolationJobs.QUIET).minusSeconds(1), NOW), "last report just over two minutes ago");
        assertTrue(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START, SERVER_START.minusSeconds(1),
                SERVER_START.plusSeconds(5)), "last report before this server started (the same server, crashed)");
    }

    @Test
    void startedByThisServerIsRunning() {
        assertFalse(ViolationJobs.interrupted(BatchStatus.STARTED, AFTER, SERVER_START, null, NOW));
    }

    @Test
    void partitionsStillReportingMeanAnotherNodeRunsIt() {
        assertFalse(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START, NOW.minusSeconds(30), NOW));
        assertFalse(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START,
                NOW.minus(ViolationJobs.QUIET), NOW), "exactly two minutes: not yet");
        assertFalse(ViolationJobs.interrupted(BatchStatus.STARTED, BEFORE, SERVER_START, SERVER_START.plusSeconds(1),
                SERVER_START.plusSeconds(5)), "reported since this server started");
    }

    @Test
    void onlyAStartingOrStartedExecutionCanBeInterrupted() {
        for (BatchStatus status : new BatchStatus[] {BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.STOPPING, BatchStatus.ABANDONED}) {
            assertFalse(ViolationJobs.interrupted(status, BEFORE, SERVER_START, null, NOW), status.name());
        }
        assertFalse(ViolationJobs.interrupted(BatchStatus.STARTED, null, SERVER_START, null, NOW), "no start time");
    }
}
