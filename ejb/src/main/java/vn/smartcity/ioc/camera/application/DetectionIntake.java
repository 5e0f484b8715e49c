package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.shared.application.AfterCommit;
import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionEvent;
import vn.smartcity.ioc.camera.domain.DetectionKind;
import vn.smartcity.ioc.camera.domain.Door;
import vn.smartcity.ioc.camera.domain.EvidencePurpose;
import vn.smartcity.ioc.violation.application.CandidateIntake;

/**
 * The one application service behind the three doors (JMS queue, REST, MQTT): stores checked detection events,
 * each once. In the caller's transaction (the JMS consumer's batch of messages commits with the rows), so a
 * message is acknowledged only when its event is stored, and an event that arrives again (redelivery after a
 * crash, a re-send, a second MQTT delivery) is recognised by its id and dropped.
 */
@Stateless
@PermitAll
public class DetectionIntake {

    /** How many of a batch were stored, and how many were already there (or twice in the batch). */
    public record Stored(int stored, int duplicates) {
    }

    /** Ids are looked up in chunks: Oracle takes at most 1000 values in an IN list. */
    static final int ID_CHUNK = 500;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    IngestCounters counters;

    @EJB
    CameraHeartbeats heartbeats;

    @EJB
    AlertRules alertRules;

    @EJB
    EvidenceArchive evidence;

    @EJB
    CameraDirectory cameras;

    @EJB
    CandidateIntake candidates;

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Stored store(List<Detection> detections, Door door, String sender) {
        return store(detections, door, sender, true);
    }

    /**
     * @param lookUp whether to look up which ids are stored already. The JMS consumer skips it for messages
     *               delivered for the first time (almost all of them: Artemis already drops a re-sent id it has
     *               seen); if one is stored all the same, the unique key refuses the batch, which comes back as
     *               redelivered and is then looked up. One query less per batch at thousands of events a second.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Stored store(List<Detection> detections, Door door, String sender, boolean lookUp) {
        Map<String, Detection> byId = new LinkedHashMap<>();
        for (Detection d : detections) {
            byId.putIfAbsent(d.eventId(), d);
        }
        Set<String> existing = lookUp ? existing(new ArrayList<>(byId.keySet())) : Set.of();
        Instant now = clock.instant();
        int stored = 0;
        List<Detection> fresh = new ArrayList<>();
        for (Detection d : byId.values()) {
            if (!existing.contains(d.eventId())) {
                fresh.add(d);
                stored++;
            }
        }
        // the rows go in through a stateless session on the transaction's own connection (no persistence context
        // to manage for hundreds of rows), in JDBC batches of up to 500; a duplicate id fails the whole batch
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        session.doWork(connection -> {
            try (org.hibernate.StatelessSession rows = session.getSessionFactory().withStatelessOptions()
                    .connection(connection).openStatelessSession()) {
                rows.setJdbcBatchSize(Math.min(Math.max(fresh.size(), 1), 500));
                for (Detection d : fresh) {
                    rows.insert(new DetectionEvent(d, door, sender, now, clipRetainUntil(d)));
                }
            }
        });
        for (Detection d : fresh) {
            if (d.kind() == DetectionKind.CAMERA_STATUS) {
                em.createQuery("update Camera c set c.status = :status where c.code = :code")
                        .setParameter("status", d.cameraStatus()).setParameter("code", d.cameraCode()).executeUpdate();
            }
        }
        evidence.keep(fresh);
        for (Detection d : fresh) {
            if (d.violation() != null) {
                candidate(d);
            }
        }
        em.flush();
        alertRules.evaluate(fresh);
        Stored result = new Stored(stored, detections.size() - stored);
        AfterCommit.run(transactions, () -> {
            counters.stored(door, result.stored(), result.duplicates());
            for (Detection d : fresh) {
                if (d.kind() != DetectionKind.CAMERA_STATUS) {
                    heartbeats.seen(d.cameraCode(), d.observedAt());
                }
            }
        });
        return result;
    }

    /** Until when a clip's reference is kept: the camera's retention for the event's purpose; null without a clip. */
    private Instant clipRetainUntil(Detection d) {
        if (d.clipUrl() == null) {
            return null;
        }
        CameraDirectory.CameraInfo camera = cameras.info(d.cameraCode()).orElseThrow();
        EvidencePurpose purpose = camera.purpose(d.violation() != null);
        return d.observedAt().plus(java.time.Duration.ofDays(camera.retentionDays(purpose)));
    }

    /** A reported violation becomes a candidate for the violation-processing job, with a copy of its evidence. */
    private void candidate(Detection d) {
        CameraDirectory.CameraInfo camera = cameras.info(d.cameraCode()).orElseThrow();
        byte[] image = d.snapshot() != null ? d.snapshot()
                : d.snapshotSha256() == null ? null : evidence.bytes(d.snapshotSha256()).orElse(null);
        candidates.add(d.cameraCode(), d.violation(), d.plate(), d.label(), d.observedAt(), d.speedKmh(),
                camera.speedLimitKmh(), camera.address() != null ? camera.address() : camera.name(), image,
                d.snapshotSha256(), d.box());
    }

    private Set<String> existing(List<String> ids) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            existing.addAll(em.createQuery("select e.eventId from DetectionEvent e where e.eventId in :ids", String.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))).getResultList());
        }
        return existing;
    }
}
