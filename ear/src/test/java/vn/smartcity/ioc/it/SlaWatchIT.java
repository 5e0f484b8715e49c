package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.open;
import static vn.smartcity.ioc.it.support.IncidentPages.timeline;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.Management;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * The SLA watch (a persistent EJB timer in the database timer store): a supervisor shortens an incident's
 * due time; the watch warns, then escalates it once, to the supervisors' escalation list; the queue flags it
 * overdue.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class SlaWatchIT extends IocDeployment {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Test
    void anIncidentPastItsDueTimeIsWarnedAboutThenEscalatedOnce() throws Exception {
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        long id = open(supervisor, "road-damage", "DOAN_KET", "Ổ gà lớn trên đường Lê Lợi");
        String page = supervisor.get(url(id)).body();
        String due = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(3).format(LOCAL);
        page = supervisor.submit(page, "reschedule", "go", Map.of("due", due, "reason", "Xe cứu thương cần đi qua")).body();
        assertTrue(timeline(page).contains("rescheduled"), timeline(page).toString());

        List<String> steps = List.of();
        for (int i = 0; i < 60 && !steps.contains("escalated"); i++) {
            Thread.sleep(1000);
            steps = timeline(supervisor.get(url(id)).body());
        }
        assertTrue(steps.contains("sla-warning") && steps.contains("escalated"), steps.toString());
        assertTrue(steps.indexOf("sla-warning") < steps.indexOf("escalated"), "warned before escalated");
        Thread.sleep(21_000);
        steps = timeline(supervisor.get(url(id)).body());
        assertEquals(1, steps.stream().filter("escalated"::equals).count(), "escalated once: " + steps);
        assertEquals(1, steps.stream().filter("sla-warning"::equals).count(), "warned once: " + steps);

        String escalations = supervisor.get("/console/supervisor/sla.xhtml").body();
        assertTrue(escalations.contains("data-incident=\"" + id + "\""), "on the supervisors' escalation list");

        String refused = supervisor.submit(supervisor.get(url(id)).body(), "reschedule", "go",
                Map.of("due", "not-a-date", "reason", "x")).body();
        assertTrue(refused.contains("Hãy chọn ngày giờ hợp lệ."));
    }

    @Test
    void persistentTimersAreKeptInTheDatabase() throws Exception {
        try (Management m = new Management()) {
            ModelNode timers = m.readResource(false, "subsystem", "ejb3", "service", "timer-service");
            assertEquals("ioc-timers", timers.get("default-data-store").asString());
            ModelNode store = m.readResource(false, "subsystem", "ejb3", "service", "timer-service",
                    "database-data-store", "ioc-timers");
            assertEquals("java:jboss/datasources/IocDS", store.get("datasource-jndi-name").asString());
        }
    }
}
