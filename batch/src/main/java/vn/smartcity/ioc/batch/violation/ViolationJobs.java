package vn.smartcity.ioc.batch.violation;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.violation.application.ViolationQueue;

/**
 * The violation-processing job as the console drives it: start, watch (read, written, skipped per step),
 * restart a failed or stopped execution, or one a crash left STARTED ("interrupted": it was started before this
 * server was, and none of its partitions has reported since, see {@link #interrupted}). Lives in ioc-batch.jar so that
 * JBeret finds the job XML of this deployment.
 */
@Stateless
@RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
public class ViolationJobs {

    public static final String JOB = "violation-processing";

    /** How long the partitions of an execution left STARTED must have been silent before it counts as interrupted. */
    static final Duration QUIET = Duration.ofMinutes(2);

    private static final Instant SERVER_START = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    /** One execution with its progress; {@code interrupted}: STARTED in the repository, but not running (a crash). */
    public record ExecutionView(long id, String status, java.util.Date started, java.util.Date ended, long read,
                                long written, long skipped, long commits, boolean restartable, boolean running,
                                boolean interrupted)
            implements java.io.Serializable {
    }

    /** A restart that cannot be made (the execution is running, completed or abandoned); nothing was started. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class RestartRefused extends vn.smartcity.ioc.shared.application.Refused {
        public RestartRefused(String key, Object... arguments) {
            super(key, arguments);
        }
    }

    @EJB
    ViolationQueue queue;

    public static final String NOTICES = "notice-issuing";

    /** Starts notice-issuing for the confirmed violations (unless one is running already: then its id). */
    public long startNotices() {
        for (ExecutionView e : executions(NOTICES)) {
            if (e.running()) {
                return e.id();
            }
        }
        return operator().start(NOTICES, new Properties());
    }

    public List<ExecutionView> noticeExecutions() {
        return executions(NOTICES);
    }

    /**
     * @param partitions 1 to 16
     * @param itemCount  candidates per chunk (transaction and checkpoint), 10 to 1,000
     */
    public long start(int partitions, int itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty("partitions", Integer.toString(Math.max(1, Math.min(16, partitions))));
        parameters.setProperty("itemCount", Integer.toString(Math.max(10, Math.min(1000, itemCount))));
        return operator().start(JOB, parameters);
    }

    /** Asks a running execution to stop after its current chunk (it can be restarted). */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /**
     * Restarts a failed, stopped or interrupted execution from its checkpoints. An interrupted one (left STARTED
     * by a crash) is restarted by JBeret's default restart mode, which sees that it is not running here.
     */
    public long restart(long executionId) {
        ExecutionView execution;
        try {
            execution = execution(executionId);
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            throw new RestartRefused("violation.restart.noExecution", executionId);
        }
        if (!execution.restartable()) {
            throw new RestartRefused(execution.running() ? "violation.restart.running" : "violation.restart.notRestartable",
                    executionId, execution.status());
        }
        return operator().restart(executionId, new Properties());
    }

    /**
     * Whether an execution the repository says is starting or running was cut off by a crash: it started before
     * this server did, and none of its partitions has reported since (or for {@link #QUIET}: a node of a cluster
     * that crashed after this one started). On a cluster another node may be running it: its partitions then keep
     * reporting.
     */
    static boolean interrupted(BatchStatus status, Date started, Instant serverStart, Instant lastReport, Instant now) {
        return (status == BatchStatus.STARTED || status == BatchStatus.STARTING) && started != null
                && started.toInstant().isBefore(serverStart)
                && (lastReport == null || lastReport.isBefore(serverStart) || lastReport.isBefore(now.minus(QUIET)));
    }

    /** The latest 20 executions, newest first. */
    public List<ExecutionView> executions() {
        return executions(JOB);
    }

    private List<ExecutionView> executions(String job) {
        JobOperator operator = operator();
        List<ExecutionView> views = new ArrayList<>();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, 20);
        } catch (NoSuchJobException e) {
            return views;
        }
        List<JobExecution> found = new ArrayList<>();
        for (JobInstance instance : instances) {
            found.addAll(operator.getJobExecutions(instance));
        }
        Map<Long, Instant> reports = lastReports(found.stream().map(JobExecution::getExecutionId).toList());
        for (JobExecution execution : found) {
            views.add(view(operator, execution, reports.get(execution.getExecutionId())));
        }
        views.sort(Comparator.comparingLong(ExecutionView::id).reversed());
        return views.size() > 20 ? views.subList(0, 20) : views;
    }

    public ExecutionView execution(long executionId) {
        JobOperator operator = operator();
        return view(operator, operator.getJobExecution(executionId), lastReports(List.of(executionId)).get(executionId));
    }

    /** When each execution's partitions last reported their progress (violation-processing writes it per chunk). */
    private Map<Long, Instant> lastReports(List<Long> executionIds) {
        Map<Long, Instant> last = new java.util.HashMap<>();
        queue.partitions(executionIds).forEach((execution, partitions) -> partitions.stream()
                .map(ViolationQueue.PartitionView::updatedAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).ifPresent(at -> last.put(execution, at)));
        return last;
    }

    private static ExecutionView view(JobOperator operator, JobExecution execution, Instant lastReport) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case PROCESS_SKIP_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    case COMMIT_COUNT -> commits += metric.getValue();
                    default -> { }
                }
            }
        }
        BatchStatus status = execution.getBatchStatus();
        boolean interrupted = interrupted(status, execution.getStartTime(), SERVER_START, lastReport, Instant.now());
        boolean restartable = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || interrupted;
        return new ExecutionView(execution.getExecutionId(), status.name(), execution.getStartTime(),
                execution.getEndTime(), read, written, skipped, commits, restartable,
                !interrupted && (status == BatchStatus.STARTED || status == BatchStatus.STARTING), interrupted);
    }

    /**
     * When the execution of {@code job} that the repository says is starting or running was started, or null.
     * Before this server started means a crash may have cut it off: the schedules then say so in the log and
     * leave it to an officer (on a cluster, another node may be running it).
     */
    static Date runningSince(JobOperator operator, String job) {
        try {
            for (JobInstance instance : operator.getJobInstances(job, 0, 5)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    if (execution.getBatchStatus() == BatchStatus.STARTED || execution.getBatchStatus() == BatchStatus.STARTING) {
                        return execution.getStartTime() == null ? new Date() : execution.getStartTime();
                    }
                }
            }
        } catch (NoSuchJobException e) {
            // never run
        }
        return null;
    }

    /** Whether an execution started before this server did (a crash may have cut it off). */
    static boolean beforeThisServer(Date started) {
        return started.toInstant().isBefore(SERVER_START);
    }

    /** What a schedule logs when an execution started before this server blocks its run. */
    static String interruptedHint(String job, Date started) {
        return job + ": an execution started at " + started.toInstant() + ", before this server, is still STARTED in"
                + " the job repository; if the server crashed, restart it on the console (/ioc/console/violations):"
                + " automatic runs wait for it";
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
