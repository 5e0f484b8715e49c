package vn.smartcity.ioc.media.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every minute, polls the active sources that are due, one after the other, each in its own transaction
 * (FeedPolling), waiting at least 2 s between two requests to the same host. On several nodes each node runs
 * it; a source's row lock and due time make sure only one of them polls it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MediaWatch {

    static final long SAME_HOST_GAP_MILLIS = 2000;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @EJB
    FeedPolling polling;

    Clock clock = Clock.systemUTC();
    private final Map<String, Long> lastRequest = new HashMap<>();
    private final Object running = new Object();

    @Schedule(second = "5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void pollDue() {
        pollAll(false);
    }

    /** Polls the due sources now (or every active one); what each poll did. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FeedPolling.Outcome> pollAll(boolean all) {
        synchronized (running) {
            Instant now = clock.instant();
            var query = em.createQuery("select s.id, s.url from MediaSource s where s.active = true"
                    + (all ? "" : " and (s.nextPollAt is null or s.nextPollAt <= :now)") + " order by s.nextPollAt, s.id",
                    Object[].class);
            List<Object[]> due = (all ? query : query.setParameter("now", now)).getResultList();
            return due.stream().map(row -> {
                politely((String) row[1]);
                return polling.poll((Long) row[0], all);
            }).toList();
        }
    }

    private void politely(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return;
        }
        Long last = lastRequest.get(host);
        long wait = last == null ? 0 : last + SAME_HOST_GAP_MILLIS - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequest.put(host, System.currentTimeMillis());
    }
}
