package vn.smartcity.ioc.batch.violation;

import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import vn.smartcity.ioc.shared.infrastructure.persistence.TimerLeases;

/**
 * Starts notice-issuing once a day at {@code IOC_NOTICE_HOUR} o'clock, Vietnam's time (default 6; -1: never).
 * With several nodes, one of them starts it ({@link TimerLeases}, one slot a day). Not started when an
 * execution is still running.
 */
@Singleton
@Startup
@PermitAll
public class NoticeSchedule {

    private static final Logger LOG = Logger.getLogger(NoticeSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TimerLeases leases;

    @PostConstruct
    void schedule() {
        int hour = hour(System.getenv("IOC_NOTICE_HOUR"));
        if (hour < 0) {
            LOG.info("notice-issuing: no daily run (IOC_NOTICE_HOUR=-1)");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).timezone("Asia/Ho_Chi_Minh"),
                new TimerConfig("notice-issuing", false));
        LOG.info(() -> "notice-issuing: daily at " + hour + ":00 (Vietnam)");
    }

    static int hour(String setting) {
        return ProcessingSchedule.setting(setting, 6, -1, 23);
    }

    @Timeout
    void run() {
        Instant now = Instant.now();
        if (!leases.claim("notice-issuing", now.getEpochSecond() / 86_400, now)) {
            return; // another node of the cluster runs this one
        }
        var operator = BatchRuntime.getJobOperator();
        java.util.Date since = ViolationJobs.runningSince(operator, ViolationJobs.NOTICES);
        if (since != null) {
            if (ViolationJobs.beforeThisServer(since)) {
                LOG.warning(ViolationJobs.interruptedHint(ViolationJobs.NOTICES, since));
            } else {
                LOG.info("notice-issuing: still running, today's run skipped");
            }
            return;
        }
        long id = operator.start(ViolationJobs.NOTICES, new Properties());
        LOG.info(() -> "notice-issuing: daily run started, execution " + id);
    }
}
