package vn.smartcity.ioc.camera.application;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.camera.domain.Camera;
import vn.smartcity.ioc.camera.domain.CameraDetails;
import vn.smartcity.ioc.city.domain.Province;
import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.identity.domain.Roles;

/**
 * Cameras added and changed on the console by supervisors and administrators: settings, place, stream, and
 * the geometry the analytics worker uses (checked: CameraGeometry). Every version is kept (Envers, the audit
 * trail lists them); a camera is never deleted, only deactivated (its events and evidence stay). Two people
 * changing the same camera: the second is told who changed it first and when.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CameraAdministration {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.smartcity.ioc.audit.domain.AdminChange> adminChanges;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    CameraDirectory directory;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Optional<Camera> find(String code) {
        Optional<Camera> camera = em.createQuery("select c from Camera c where c.code = :code", Camera.class)
                .setParameter("code", code).getResultStream().findFirst();
        camera.ifPresent(em::detach);
        return camera;
    }

    /** The code of a ward (the console selects wards by code), or null. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
    public String wardCode(Long wardId) {
        Ward w = wardId == null ? null : em.find(Ward.class, wardId);
        return w == null ? null : w.getCode();
    }

    /** The id of the ward with this code; blank is none. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.TRAFFIC_OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Long wardId(String wardCode) {
        if (wardCode == null || wardCode.isBlank()) {
            return null;
        }
        return em.createQuery("select w.id from Ward w where w.code = :code", Long.class)
                .setParameter("code", wardCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new CameraRefusedException("camera.noWard", wardCode));
    }

    public Camera create(String code, CameraDetails details) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new CameraRefusedException("camera.code");
        }
        String c = code.strip();
        if (find(c).isPresent()) {
            throw new CameraRefusedException("camera.exists", c);
        }
        checkReferences(null, details);
        try {
            Camera camera = new Camera(c, details, session.getCallerPrincipal().getName(), clock.instant());
            em.persist(camera);
            em.flush();
            directory.changed();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(camera.getChangedBy(), "camera", c, "create"));
            return camera;
        } catch (IllegalArgumentException e) {
            throw new CameraRefusedException(e);
        }
    }

    public Camera change(long id, int version, CameraDetails details) {
        Camera camera = em.find(Camera.class, id);
        if (camera == null) {
            throw new CameraRefusedException("camera.noCameraId", id);
        }
        if (camera.getVersion() != version) {
            throw new CameraRefusedException("camera.changed", camera.getCode(), camera.getChangedBy(), camera.getChangedAt());
        }
        checkReferences(camera.getId(), details);
        try {
            camera.change(details, session.getCallerPrincipal().getName(), clock.instant());
            em.flush();
            directory.changed();
            adminChanges.fire(new vn.smartcity.ioc.audit.domain.AdminChange(camera.getChangedBy(), "camera",
                    camera.getCode(), "change"));
            return camera;
        } catch (IllegalArgumentException e) {
            throw new CameraRefusedException(e);
        }
    }

    private void checkReferences(Long self, CameraDetails d) {
        if (d.wardId() != null && em.find(Ward.class, d.wardId()) == null) {
            throw new CameraRefusedException("camera.noWardId", d.wardId());
        }
        if (d.latitude() != null && d.longitude() != null) {
            for (Province p : em.createQuery("select p from Province p", Province.class).getResultList()) {
                if (!p.contains(d.latitude(), d.longitude())) {
                    throw new CameraRefusedException("camera.outsideProvince", String.valueOf(d.latitude()),
                            String.valueOf(d.longitude()));
                }
            }
        }
        if (d.externalName() != null && !em.createQuery(
                        "select c.id from Camera c where c.externalName = :name and (:self is null or c.id <> :self)", Long.class)
                .setParameter("name", d.externalName()).setParameter("self", self).getResultList().isEmpty()) {
            throw new CameraRefusedException("camera.frigateNameTaken", d.externalName());
        }
    }
}
