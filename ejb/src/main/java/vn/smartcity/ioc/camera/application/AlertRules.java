package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.camera.domain.CameraAlert;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.DetectionRule;

/**
 * Evaluates the active rules on newly stored events, in the transaction that stored them (the events of the
 * same batch are already flushed, so a track's history includes them). A match raises an alert unless the
 * same rule already raised one for the same object (or, for crowds and camera status, the same camera) in the
 * last {@value #REPEAT_MINUTES} minutes: one alert per intrusion, not one per video frame.
 */
@Stateless
@PermitAll
public class AlertRules {

    static final int REPEAT_MINUTES = 10;
    static final Duration CROWD_WINDOW = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @EJB
    RuleBook rules;

    @Inject
    AlertPublisher publisher;

    @EJB
    CameraDirectory directory;

    Clock clock = Clock.systemUTC();

    public int evaluate(List<Detection> events) {
        List<DetectionRule> active = rules.active();
        if (active.isEmpty()) {
            return 0;
        }
        Set<String> raisedNow = new HashSet<>();
        int raised = 0;
        for (Detection d : events) {
            for (DetectionRule rule : active) {
                if (rule.matches(d) && confirmed(rule, d)) {
                    String key = dedupeKey(rule, d);
                    if (raisedNow.add(key) && !recentlyRaised(key, d.observedAt())) {
                        raise(rule, d, key);
                        raised++;
                    }
                }
            }
        }
        return raised;
    }

    private boolean confirmed(DetectionRule rule, Detection d) {
        return switch (rule.getKind()) {
            case PRESENCE, CAMERA_STATUS -> true;
            case DWELL -> d.trackId() != null && firstSeen(rule, d).map(first ->
                    Duration.between(first, d.observedAt()).getSeconds() >= rule.getMinDurationSeconds()).orElse(false);
            case CROWD -> objectsInWindow(rule, d) >= rule.getMinCount();
        };
    }

    /** When this tracked object was first seen (with the rule's label, in the rule's zone) on this camera. */
    private java.util.Optional<Instant> firstSeen(DetectionRule rule, Detection d) {
        TypedQuery<Instant> q = em.createQuery("select min(e.observedAt) from DetectionEvent e where e.cameraCode = :camera"
                + " and e.trackId = :track and e.label in :labels" + zoneCondition(rule), Instant.class)
                .setParameter("camera", d.cameraCode()).setParameter("track", d.trackId())
                .setParameter("labels", rule.labelList());
        bindZone(q, rule);
        return java.util.Optional.ofNullable(q.getSingleResult());
    }

    /** Distinct objects (tracks; an event without a track counts alone) in the last minute up to this event. */
    private long objectsInWindow(DetectionRule rule, Detection d) {
        TypedQuery<Long> q = em.createQuery("select count(distinct coalesce(e.trackId, e.eventId)) from DetectionEvent e"
                + " where e.cameraCode = :camera and e.kind = :object and e.label in :labels and e.observedAt > :from"
                + " and e.observedAt <= :to"
                + (rule.getMinScore() == null ? "" : " and e.score >= :score") + zoneCondition(rule), Long.class)
                .setParameter("camera", d.cameraCode()).setParameter("object", DetectionKind.OBJECT)
                .setParameter("labels", rule.labelList())
                .setParameter("from", d.observedAt().minus(CROWD_WINDOW)).setParameter("to", d.observedAt());
        if (rule.getMinScore() != null) {
            q.setParameter("score", rule.getMinScore());
        }
        bindZone(q, rule);
        return q.getSingleResult();
    }

    /** Zones are stored comma-separated: the zone alone, first, last or in the middle. */
    private static String zoneCondition(DetectionRule rule) {
        return rule.getZone() == null ? ""
                : " and (e.zones = :zone or e.zones like :zoneFirst or e.zones like :zoneLast or e.zones like :zoneMiddle)";
    }

    private static void bindZone(TypedQuery<?> q, DetectionRule rule) {
        if (rule.getZone() != null) {
            String z = rule.getZone();   // not escaped: Oracle has no default LIKE escape; '_' may over-match, harmlessly
            q.setParameter("zone", rule.getZone()).setParameter("zoneFirst", z + ",%")
                    .setParameter("zoneLast", "%," + z).setParameter("zoneMiddle", "%," + z + ",%");
        }
    }

    static String dedupeKey(DetectionRule rule, Detection d) {
        String subject = switch (rule.getKind()) {
            case PRESENCE, DWELL -> d.trackId() != null ? "track:" + d.trackId() : "event:" + d.eventId();
            case CROWD -> "crowd";
            case CAMERA_STATUS -> "status:" + d.cameraStatus();
        };
        String key = rule.getCode() + "|" + d.cameraCode() + "|" + subject;
        return key.length() > 250 ? key.substring(0, 250) : key;
    }

    private boolean recentlyRaised(String key, Instant at) {
        return !em.createQuery("select a.id from CameraAlert a where a.dedupeKey = :key and a.observedAt > :since",
                        Long.class).setParameter("key", key)
                .setParameter("since", at.minus(Duration.ofMinutes(REPEAT_MINUTES))).setMaxResults(1).getResultList().isEmpty();
    }

    private void raise(DetectionRule rule, Detection d, String key) {
        CameraDirectory.CameraInfo camera = directory.info(d.cameraCode()).orElse(null);
        CameraAlert alert = new CameraAlert(rule, d, rule.getName() + " · " + (camera == null ? d.cameraCode() : camera.name()),
                key, clock.instant());
        em.persist(alert);
        em.flush();
        publisher.raised(alert, camera);
    }
}
