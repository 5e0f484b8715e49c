package vn.smartcity.ioc.media.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.media.domain.Article;
import vn.smartcity.ioc.media.domain.FeedEntry;
import vn.smartcity.ioc.media.domain.MediaAlert;
import vn.smartcity.ioc.media.domain.MediaSource;
import vn.smartcity.ioc.media.domain.MediaTopic;
import vn.smartcity.ioc.media.domain.SentimentScorer;
import vn.smartcity.ioc.media.domain.SpikeDetector;
import vn.smartcity.ioc.media.domain.VietnameseText;
import vn.smartcity.ioc.media.infrastructure.FeedReader;

/**
 * One poll of one source, in a transaction of its own: the source's row is locked and its due time checked
 * again (so two nodes never poll it twice), the feed is read (conditional GET), new articles are stored once
 * with their sentiment and topics, the source's health is updated; then each topic that got articles is
 * checked for a spike in the current hour. A feed that fails (network, HTTP error, not a feed) marks the
 * source failing with why, and nothing else changes.
 */
@Stateless
@PermitAll
public class FeedPolling {

    private static final Logger LOG = Logger.getLogger(FeedPolling.class.getName());
    static final int BASELINE_DAYS = 7;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    MediaAlertPublisher publisher;

    Clock clock = Clock.systemUTC();
    FeedReader reader = new FeedReader();
    private static final SentimentScorer SCORER = SentimentScorer.standard();

    /** What a poll did. */
    public record Outcome(String source, boolean polled, boolean notModified, int added, int alerts, String error) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome poll(long sourceId, boolean evenIfNotDue) {
        MediaSource source = em.find(MediaSource.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (source == null || !source.isActive() && !evenIfNotDue
                || !evenIfNotDue && source.getNextPollAt() != null && source.getNextPollAt().isAfter(now)) {
            return new Outcome(source == null ? "?" : source.getCode(), false, false, 0, 0, null);
        }
        FeedReader.Result result;
        try {
            result = reader.read(source.getUrl(), source.getEtag(), source.getLastModified());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            source.failed(now, "interrupted");
            return new Outcome(source.getCode(), true, false, 0, 0, "interrupted");
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            source.failed(now, why);
            LOG.warning(() -> "media source " + source.getCode() + " failed: " + why);
            return new Outcome(source.getCode(), true, false, 0, 0, why);
        }
        if (result.notModified()) {
            source.succeeded(now, result.etag(), result.lastModified(), 0);
            return new Outcome(source.getCode(), true, true, 0, 0, null);
        }
        Set<MediaTopic> touched = new HashSet<>();
        int added = store(source, result.entries(), now, touched);
        source.succeeded(now, result.etag(), result.lastModified(), added);
        int alerts = 0;
        for (MediaTopic topic : touched) {
            alerts += checkSpike(topic, now) ? 1 : 0;
        }
        return new Outcome(source.getCode(), true, false, added, alerts, null);
    }

    private int store(MediaSource source, List<FeedEntry> entries, Instant now, Set<MediaTopic> touched) {
        Map<String, FeedEntry> byKey = new LinkedHashMap<>();
        for (FeedEntry e : entries) {
            byKey.putIfAbsent(e.dedupeKey(), e);
        }
        if (byKey.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int i = 0; i < keys.size(); i += 500) {
            known.addAll(em.createQuery("select a.dedupeKey from Article a where a.dedupeKey in :keys", String.class)
                    .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + 500))).getResultList());
        }
        List<MediaTopic> topics = em.createQuery("select t from MediaTopic t where t.active = true", MediaTopic.class)
                .getResultList();
        int added = 0;
        for (FeedEntry e : byKey.values()) {
            if (known.contains(e.dedupeKey())) {
                continue;
            }
            String text = e.title() + ". " + (e.text() == null ? "" : e.text());
            String folded = VietnameseText.fold(text);
            Set<MediaTopic> matched = new HashSet<>();
            for (MediaTopic t : topics) {
                if (t.matches(folded)) {
                    matched.add(t);
                }
            }
            touched.addAll(matched);
            em.persist(new Article(source.getId(), e, now, SCORER.score(text), matched));
            added++;
        }
        em.flush();
        return added;
    }

    /** A spike of the topic in the current hour, raised once per topic and hour. */
    boolean checkSpike(MediaTopic topic, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant from = hour.minus(Duration.ofDays(BASELINE_DAYS));
        List<Object[]> rows = em.createQuery("select a.publishedAt, a.sentiment from Article a join a.topics t"
                        + " where t.id = :topic and a.publishedAt >= :from and a.publishedAt <= :now", Object[].class)
                .setParameter("topic", topic.getId()).setParameter("from", from).setParameter("now", now).getResultList();
        int[] hourly = new int[BASELINE_DAYS * 24];
        int current = 0;
        int negative = 0;
        for (Object[] r : rows) {
            Instant at = (Instant) r[0];
            if (!at.isBefore(hour)) {
                current++;
                if (r[1] == SentimentScorer.Label.NEGATIVE) {
                    negative++;
                }
            } else {
                int bucket = (int) Duration.between(from, at).toHours();
                if (bucket >= 0 && bucket < hourly.length) {
                    hourly[bucket]++;
                }
            }
        }
        if (!SpikeDetector.isSpike(current, topic.getSpikeMinCount(), hourly)) {
            return false;
        }
        boolean raised = !em.createQuery("select a.id from MediaAlert a where a.topicId = :topic and a.hourStart = :hour",
                Long.class).setParameter("topic", topic.getId()).setParameter("hour", hour).getResultList().isEmpty();
        if (raised) {
            return false;
        }
        MediaAlert alert = new MediaAlert(topic.getId(), hour, current, negative,
                Math.round(SpikeDetector.mean(hourly) * 100) / 100.0, now);
        em.persist(alert);
        em.flush();
        publisher.raised(alert, topic);
        return true;
    }
}
