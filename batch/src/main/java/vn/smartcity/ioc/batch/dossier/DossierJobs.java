package vn.smartcity.ioc.batch.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.dossier.application.DossierImports;
import vn.smartcity.ioc.dossier.application.DossierRefused;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * The dossier-import job as the console drives it: save an upload and start the job on it, or start it on a file
 * of the import folder; watch the executions (lines read, events written, lines skipped); stop and restart. Lives
 * in ioc-batch.jar so that JBeret finds the job XML of this deployment.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DossierJobs {

    public static final String JOB = "dossier-import";

    /** One execution and its progress: read lines, written events (stored or duplicate), skipped and refused ones. */
    public record ExecutionView(long id, String status, String file, Date started, Date ended, long read, long written,
                                long problems, boolean restartable, boolean running) implements java.io.Serializable {
    }

    @Inject
    DossierImports imports;

    /** Saves the upload in the import folder and starts the job on it; the execution id. */
    public long importUpload(String name, byte[] content) {
        try {
            return start(imports.saveUpload(name, content));
        } catch (Invalid e) {
            throw new DossierRefused(e);
        }
    }

    /** Starts the job on a file of the import folder (refused when it is not there). */
    public long start(String file) {
        try {
            DossierImports.file(file);
        } catch (Invalid e) {
            throw new DossierRefused(e);
        }
        Properties parameters = new Properties();
        parameters.setProperty("file", file);
        return operator().start(JOB, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Restarts a failed or stopped execution after its checkpoint. */
    public long restart(long executionId) {
        ExecutionView execution;
        try {
            execution = view(operator(), operator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw new DossierRefused("dossier.import.noExecution", executionId);
        }
        if (!execution.restartable()) {
            throw new DossierRefused("dossier.import.notRestartable", executionId, execution.status());
        }
        return operator().restart(executionId, new Properties());
    }

    /** The latest 20 executions, newest first. */
    public List<ExecutionView> executions() {
        JobOperator operator = operator();
        List<ExecutionView> views = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(JOB, 0, 20)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    views.add(view(operator, execution));
                }
            }
        } catch (NoSuchJobException e) {
            return views;
        }
        views.sort(Comparator.comparingLong(ExecutionView::id).reversed());
        return views.size() > 20 ? views.subList(0, 20) : views;
    }

    public ExecutionView execution(long executionId) {
        return view(operator(), operator().getJobExecution(executionId));
    }

    private ExecutionView view(JobOperator operator, JobExecution execution) {
        long read = 0;
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    default -> { }
                }
            }
        }
        BatchStatus status = execution.getBatchStatus();
        Properties parameters = execution.getJobParameters();
        return new ExecutionView(execution.getExecutionId(), status.name(),
                parameters == null ? "" : parameters.getProperty("file", ""), execution.getStartTime(), execution.getEndTime(),
                read, written, imports.problemCount(execution.getExecutionId()),
                status == BatchStatus.FAILED || status == BatchStatus.STOPPED,
                status == BatchStatus.STARTED || status == BatchStatus.STARTING);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
