package vn.smartcity.ioc.batch.violation;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * Starts violation-processing every {@code IOC_VIOLATION_EVERY_MINUTES} minutes (default 15; 0 or -1: never)
 * when there are NEW candidates and no execution is running, with {@code IOC_VIOLATION_PARTITIONS} partitions
 * (default 2). With several nodes, leave it on one: set IOC_VIOLATION_EVERY_MINUTES=-1 on the others (a second
 * execution would only find the candidates the first has not taken yet, but there is no point).
 */
@Singleton
@Startup
@PermitAll
public class ProcessingSchedule {

    private static final Logger LOG = Logger.getLogger(ProcessingSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TimerLeases leases;

    @Inject
    ViolationRepository repository;

    private int everyMinutes;
    private int partitions;
    private Timer timer;

    @PostConstruct
    void schedule() {
        everyMinutes = setting(System.getenv("IOC_VIOLATION_EVERY_MINUTES"), 15, -1, 24 * 60);
        partitions = setting(System.getenv("IOC_VIOLATION_PARTITIONS"), 2, 1, 16);
        if (everyMinutes <= 0) {
            LOG.info("violation-processing: no automatic runs (IOC_VIOLATION_EVERY_MINUTES=" + everyMinutes + ")");
            return;
        }
        long interval = everyMinutes * 60_000L;
        timer = timers.createIntervalTimer(interval, interval, new TimerConfig("violation-processing", false));
        LOG.info(() -> "violation-processing: every " + everyMinutes + " min when there are new candidates");
    }

    /** A whole-number setting within [min, max]; {@code otherwise} when missing or unreadable. */
    static int setting(String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int v = Integer.parseInt(value.strip());
            return v >= min && v <= max ? v : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Minutes between automatic runs; 0 or less: none. */
    @Lock(LockType.READ)
    public int everyMinutes() {
        return everyMinutes;
    }

    /** When the next automatic run is due, or null when there are none. */
    @Lock(LockType.READ)
    public Date nextRun() {
        return timer == null ? null : timer.getNextTimeout();
    }

    @Timeout
    void run() {
        Instant now = Instant.now();
        if (!leases.claim("violation-processing", now.getEpochSecond() / (everyMinutes * 60L), now)) {
            return; // another node of the cluster runs this one
        }
        var operator = BatchRuntime.getJobOperator();
        java.util.Date since = ViolationJobs.runningSince(operator, ViolationJobs.JOB);
        if (since != null) {
            if (ViolationJobs.beforeThisServer(since)) {
                LOG.warning(ViolationJobs.interruptedHint(ViolationJobs.JOB, since));
            } else {
                LOG.fine("violation-processing: still running, this automatic run skipped");
            }
            return;
        }
        if (repository.camerasWithNewCandidates().isEmpty()) {
            return;
        }
        Properties parameters = new Properties();
        parameters.setProperty("partitions", Integer.toString(partitions));
        long id = operator.start(ViolationJobs.JOB, parameters);
        LOG.info(() -> "violation-processing: automatic run started, execution " + id);
    }
}
