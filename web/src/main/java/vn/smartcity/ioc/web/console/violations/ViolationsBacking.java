package vn.smartcity.ioc.web.console.violations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import vn.smartcity.ioc.batch.violation.ProcessingSchedule;
import vn.smartcity.ioc.batch.violation.ViolationJobs;
import vn.smartcity.ioc.violation.application.ImportResult;
import vn.smartcity.ioc.violation.application.ViolationImports;
import vn.smartcity.ioc.violation.application.ViolationQueue;
import vn.smartcity.ioc.violation.application.ViolationReview;
import vn.smartcity.ioc.violation.application.ViolationView;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/violations: imports (vehicle registry, candidates), the violation-processing job (start, progress,
 * restart), the skipped candidates with their reasons, and the violations waiting for review.
 */
@Named("violations")
@RequestScoped
public class ViolationsBacking {

    static final int MAX_FILE = 20 * 1024 * 1024;

    @Inject
    ViolationImports imports;

    @Inject
    ViolationJobs jobs;

    @Inject
    ViolationQueue queue;

    @Inject
    ViolationReview review;

    @Inject
    ProcessingSchedule schedule;

    private final java.util.Map<Long, String> plates = new java.util.HashMap<>();
    private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();

    private Part file;
    private int partitions = 2;
    private int itemCount = 500;
    private List<ViolationJobs.ExecutionView> executions;
    private java.util.Map<Long, List<ViolationQueue.PartitionView>> partitionsByExecution;
    private List<ViolationView> awaiting;
    private List<ViolationQueue.SkipView> skipped;

    public void importVehicles() {
        report(imports.vehicles(text()), "violations.imported.vehicles");
    }

    public void importCandidates() {
        report(imports.candidates(text()), "violations.imported.candidates");
    }

    public void start() {
        long id = jobs.start(partitions, itemCount);
        Messages.info("violations.started", "#" + id);
    }

    public void startNotices() {
        long id = jobs.startNotices();
        Messages.info("violations.noticesStarted", "#" + id);
    }

    public List<ViolationJobs.ExecutionView> getNoticeExecutions() {
        return jobs.noticeExecutions();
    }

    public List<vn.smartcity.ioc.violation.application.ViolationQueue.NoticeView> getNotices() {
        return queue.notices();
    }

    public void stop(long executionId) {
        jobs.stop(executionId);
        Messages.info("violations.stopping", "#" + executionId);
    }

    /** One figure of the totals line. */
    public record Total(String key, long value) {
    }

    public List<Total> getTotals() {
        return queue.totals().entrySet().stream().map(e -> new Total(e.getKey(), e.getValue())).toList();
    }

    public void restart(long executionId) {
        try {
            long id = jobs.restart(executionId);
            Messages.info("violations.restarted", "#" + executionId + " → #" + id);
        } catch (ViolationJobs.RestartRefused | jakarta.batch.operations.JobRestartException e) {
            Messages.refused("violations.restartRefused", e);
        } catch (jakarta.ejb.EJBException e) {
            if (!(e.getCause() instanceof jakarta.batch.operations.BatchRuntimeException)) {
                throw e;
            }
            Messages.refused("violations.restartRefused", e);
        }
        executions = null;
    }

    public void confirm(long id, int version) {
        decide(() -> Messages.info(review.confirm(id, version) ? "violations.confirmed" : "violations.firstConfirmation", "#" + id));
    }

    public void reject(long id, int version) {
        decide(() -> {
            review.reject(id, version, reasons.get(id));
            Messages.info("violations.rejected", "#" + id);
        });
    }

    public void correct(long id, int version) {
        decide(() -> {
            review.correctPlate(id, version, plates.get(id));
            Messages.info("violations.corrected", "#" + id);
        });
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (ViolationReview.ReviewRefused e) {
            Messages.error("violations.refused", Messages.why(e));
        }
        awaiting = null;
    }

    public java.util.Map<Long, String> getPlates() { return plates; }
    public java.util.Map<Long, String> getReasons() { return reasons; }

    private void report(ImportResult result, String doneKey) {
        if (result.ok()) {
            Messages.info(doneKey, Integer.toString(result.stored()));
        } else {
            Messages.error("violations.importRefused", Messages.said(result.explanation()));
        }
    }

    private String text() {
        if (file == null || file.getSize() == 0) {
            return "";
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readNBytes(MAX_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Minutes between automatic runs of violation-processing (0 or less: none). */
    public int getAutomaticEvery() {
        return schedule.everyMinutes();
    }

    /** When the next automatic run is due, or null. */
    public java.time.Instant getNextAutomaticRun() {
        java.util.Date next = schedule.nextRun();
        return next == null ? null : next.toInstant();
    }

    /** An execution's partitions with their live counts (one query for all the executions listed). */
    public List<ViolationQueue.PartitionView> partitions(long executionId) {
        if (partitionsByExecution == null) {
            partitionsByExecution = queue.partitions(getExecutions().stream().map(ViolationJobs.ExecutionView::id).toList());
        }
        return partitionsByExecution.getOrDefault(executionId, List.of());
    }

    /** Whether an execution is running: the page then refreshes its progress every 3 s. */
    public boolean isAnyRunning() {
        return getExecutions().stream().anyMatch(ViolationJobs.ExecutionView::running);
    }

    public List<ViolationJobs.ExecutionView> getExecutions() {
        if (executions == null) {
            executions = jobs.executions();
        }
        return executions;
    }

    public List<ViolationView> getAwaiting() {
        if (awaiting == null) {
            awaiting = queue.awaitingReview();
        }
        return awaiting;
    }

    public List<ViolationQueue.SkipView> getSkipped() {
        if (skipped == null) {
            skipped = queue.skipped();
        }
        return skipped;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public int getPartitions() { return partitions; }
    public void setPartitions(int partitions) { this.partitions = partitions; }
    public int getItemCount() { return itemCount; }
    public void setItemCount(int itemCount) { this.itemCount = itemCount; }
}
