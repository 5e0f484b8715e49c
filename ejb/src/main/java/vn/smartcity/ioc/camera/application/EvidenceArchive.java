package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Detection;
import vn.smartcity.ioc.camera.domain.DetectionEvent;
import vn.smartcity.ioc.camera.domain.Evidence;
import vn.smartcity.ioc.camera.domain.EvidenceAccess;
import vn.smartcity.ioc.camera.domain.EvidencePurpose;
import vn.smartcity.ioc.identity.domain.Roles;

/**
 * Evidence images of detection events: kept once per SHA-256 (a second event with the same image shares it),
 * for the retention days of their purpose, then purged; every look at one is logged with who and when, also
 * a look at one that is gone.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ADMIN})
public class EvidenceArchive {

    private static final Logger LOG = Logger.getLogger(EvidenceArchive.class.getName());

    /** An image and its type. */
    public record Image(String mediaType, byte[] bytes) {
    }

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CameraDirectory cameras;

    Clock clock = Clock.systemUTC();

    /** Keeps the images the events carry (in the caller's transaction); an image already kept is not stored again. */
    @PermitAll
    public void keep(List<Detection> events) {
        Set<String> seen = new HashSet<>();
        for (Detection d : events) {
            if (d.snapshot() == null || !seen.add(d.snapshotSha256())) {
                continue;
            }
            boolean kept = !em.createQuery("select e.id from Evidence e where e.sha256 = :sha", Long.class)
                    .setParameter("sha", d.snapshotSha256()).setMaxResults(1).getResultList().isEmpty();
            if (kept) {
                continue;
            }
            CameraDirectory.CameraInfo camera = cameras.info(d.cameraCode()).orElseThrow();
            EvidencePurpose purpose = camera.purpose(d.violation() != null);
            em.persist(new Evidence(d.snapshotSha256(), d.snapshotType(), d.snapshot(), d.cameraCode(), purpose,
                    d.observedAt(), d.observedAt().plus(Duration.ofDays(camera.retentionDays(purpose))), clock.instant()));
        }
    }

    /** The bytes of a kept image, for the system's own use (a violation candidate's copy); not an access. */
    @PermitAll
    public Optional<byte[]> bytes(String sha256) {
        return em.createQuery("select e from Evidence e where e.sha256 = :sha", Evidence.class)
                .setParameter("sha", sha256).getResultList().stream().findFirst().map(Evidence::getBytes);
    }

    /** The image with this hash, if still kept; the access is logged either way. */
    public Optional<Image> open(String sha256) {
        List<Evidence> found = em.createQuery("select e from Evidence e where e.sha256 = :sha", Evidence.class)
                .setParameter("sha", sha256).getResultList();
        String who = session.getCallerPrincipal().getName();
        em.persist(new EvidenceAccess(sha256, who, clock.instant(), !found.isEmpty()));
        return found.stream().findFirst().map(e -> new Image(e.getMediaType(), e.getBytes()));
    }

    /**
     * The address of an event's video clip, while its reference is kept; the access is logged under the clip's
     * SHA-256 either way (who followed the link, when, and whether it was still there).
     */
    public Optional<String> clip(long eventId) {
        DetectionEvent event = em.find(DetectionEvent.class, eventId);
        if (event == null || event.getClipSha256() == null) {
            return Optional.empty();
        }
        String who = session.getCallerPrincipal().getName();
        em.persist(new EvidenceAccess(event.getClipSha256(), who, clock.instant(), event.getClipUrl() != null));
        return Optional.ofNullable(event.getClipUrl());
    }

    /** Who looked at an image, newest first (auditors and administrators). */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.SUPERVISOR})
    public List<EvidenceAccess> accesses(String sha256) {
        return em.createQuery("select a from EvidenceAccess a where a.sha256 = :sha order by a.accessedAt desc",
                EvidenceAccess.class).setParameter("sha", sha256).setMaxResults(200).getResultList();
    }

    /** Deletes evidence past its retention; returns how many. Run nightly by {@link CameraRetention}. */
    @PermitAll
    public int purge() {
        Instant now = clock.instant();
        int purged = em.createQuery("delete from Evidence e where e.retainUntil < :now").setParameter("now", now)
                .executeUpdate();
        int clips = em.createQuery("update DetectionEvent e set e.clipUrl = null where e.clipUrl is not null"
                + " and e.clipRetainUntil < :now").setParameter("now", now).executeUpdate();
        if (purged > 0 || clips > 0) {
            LOG.info(() -> "evidence retention: " + purged + " images deleted and " + clips
                    + " clip references forgotten, past their retention");
        }
        return purged + clips;
    }
}
