package vn.smartcity.ioc.report.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.report.domain.PhotoAccess;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;

/**
 * The access log of citizens' photos: every look and every decision, allowed or refused, in a transaction of
 * its own, so that a refusal (which rolls its caller back) is logged too. Supervisors, auditors and
 * administrators read it per photo.
 */
@Stateless
public class PhotoAccessLog {

    /** One line of the log as the console shows it. */
    public record Entry(String accessedBy, Instant accessedAt, PhotoAccess.Action action, boolean allowed) {
    }

    @Inject
    ReportPhotoRepository photos;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void log(long photoId, String who, Instant at, PhotoAccess.Action action, boolean allowed) {
        photos.log(new PhotoAccess(photoId, who, at, action, allowed));
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    public List<Entry> of(long photoId) {
        return photos.accesses(photoId).stream()
                .map(a -> new Entry(a.getAccessedBy(), a.getAccessedAt(), a.getAction(), a.isAllowed())).toList();
    }
}
