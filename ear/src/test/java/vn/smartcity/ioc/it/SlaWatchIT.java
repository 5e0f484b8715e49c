package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.ioc.it.support.IncidentPages.open;
import static vn.smartcity.ioc.it.support.IncidentPages.timeline;
import static vn.smartcity.ioc.it.support.IncidentPages.url;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * The SLA watch (a non-persistent timer on every node; one node runs each 20-second slot through its row in
 * timer_lease): a supervisor shortens an incident's
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
    void theWatchRunsEverySlotThroughItsLeaseAndSupervisorsSeeWhenAndWhere() throws Exception {
        // what the watch relies on in a cluster: its timer_lease row, moved forward by the node that runs a slot
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        Instant first = lastRun(supervisor.get("/console/supervisor/sla.xhtml").body(), "sla-watch");
        assertTrue(Duration.between(first, Instant.now()).abs().getSeconds() <= 45, "ran within its last slots: " + first);
        Instant later = first;
        for (int i = 0; i < 30 && !later.isAfter(first); i++) {
            Thread.sleep(1000);
            later = lastRun(supervisor.get("/console/supervisor/sla.xhtml").body(), "sla-watch");
        }
        assertTrue(later.isAfter(first), "the next slot ran: " + first + " -> " + later);
        assertTrue(Duration.between(first, later).getSeconds() >= 15, "one run per 20-second slot, not per timer: "
                + first + " -> " + later);
        String page = supervisor.get("/console/supervisor/sla.xhtml").body();
        assertTrue(page.contains("data-schedule=\"security-event-purge\""), "every schedule is listed");
        assertTrue(page.matches("(?s).*data-schedule=\"sla-watch\" data-node=\"[^\"]+\".*"), "the node that ran it");
    }

    private static Instant lastRun(String page, String schedule) {
        Matcher m = Pattern.compile("data-schedule=\"" + schedule + "\" data-node=\"[^\"]*\" data-ran-at=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(m.find(), "the schedule " + schedule + " has run: " + page);
        return Instant.parse(m.group(1));
    }
}
