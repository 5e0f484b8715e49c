package vn.smartcity.ioc.batch.violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import jakarta.ejb.Stateless;

import vn.smartcity.ioc.identity.domain.Roles;

/**
 * The violation-processing job as the console drives it: start, watch (read, written, skipped per step),
 * restart a failed or stopped execution. Lives in ioc-batch.jar so that JBeret finds the job XML of this
 * deployment.
 */
@Stateless
@RolesAllowed({Roles.TRAFFIC_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
public class ViolationJobs {

    public static final String JOB = "violation-processing";

    /** One execution with its progress. */
    public record ExecutionView(long id, String status, java.util.Date started, java.util.Date ended, long read,
                                long written, long skipped, long commits, boolean restartable, boolean running)
            implements java.io.Serializable {
    }

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

    public long start(int partitions) {
        Properties parameters = new Properties();
        parameters.setProperty("partitions", Integer.toString(Math.max(1, Math.min(16, partitions))));
        return operator().start(JOB, parameters);
    }

    /** Asks a running execution to stop after its current chunk (it can be restarted). */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public long restart(long executionId) {
        return operator().restart(executionId, new Properties());
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
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                views.add(view(operator, execution));
            }
        }
        views.sort(Comparator.comparingLong(ExecutionView::id).reversed());
        return views.size() > 20 ? views.subList(0, 20) : views;
    }

    public ExecutionView execution(long executionId) {
        JobOperator operator = operator();
        return view(operator, operator.getJobExecution(executionId));
    }

    private static ExecutionView view(JobOperator operator, JobExecution execution) {
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
        boolean restartable = status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        return new ExecutionView(execution.getExecutionId(), status.name(), execution.getStartTime(),
                execution.getEndTime(), read, written, skipped, commits, restartable,
                status == BatchStatus.STARTED || status == BatchStatus.STARTING);
    }

    /** Whether an execution of {@code job} is starting or running (in the job repository). */
    static boolean running(JobOperator operator, String job) {
        try {
            for (JobInstance instance : operator.getJobInstances(job, 0, 5)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    if (execution.getBatchStatus() == BatchStatus.STARTED || execution.getBatchStatus() == BatchStatus.STARTING) {
                        return true;
                    }
                }
            }
        } catch (NoSuchJobException e) {
            // never run
        }
        return false;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
