package vn.smartcity.ioc.report.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import vn.smartcity.ioc.identity.application.CurrentStaff;
import vn.smartcity.ioc.identity.domain.Roles;
import vn.smartcity.ioc.identity.domain.StaffMember;
import vn.smartcity.ioc.report.domain.PhotoAccess;
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;

/**
 * Citizens' photos: staff of the incident's department (and the IOC's own staff, who see every department) see
 * an incident's photos and approve (publish) or withdraw each; the public sees approved ones only. Every look
 * and decision by staff, allowed or refused, is written to the access log ({@link PhotoAccessLog}).
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
public class ReportPhotos {

    @Inject
    ReportPhotoRepository photos;

    @Inject
    CurrentStaff currentStaff;

    @jakarta.ejb.EJB
    PhotoAccessLog log;

    Clock clock = Clock.systemUTC();

    public List<PhotoView> ofIncident(long incidentId) {
        return photos.ofIncident(incidentId).stream().map(PhotoView::of).toList();
    }

    /** Publishes ({@code approve}) or withdraws a photo; who and when are kept. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ADMIN})
    public PhotoView review(long photoId, boolean approve) {
        ReportPhoto photo = photos.byId(photoId).orElseThrow(() -> new ReportRefusedException(
                ReportRefusedException.Problem.NOT_FOUND, null, "report.noPhoto", photoId));
        StaffMember staff = currentStaff.get().orElseThrow();
        boolean allowed = mayOpen(staff, photoId);
        log.log(photoId, staff.username(), clock.instant(),
                approve ? PhotoAccess.Action.APPROVE : PhotoAccess.Action.WITHDRAW, allowed);
        if (!allowed) {
            throw new ReportRefusedException(ReportRefusedException.Problem.NOT_YOUR_DEPARTMENT, null,
                    "report.photoOfOtherDepartment", photoId);
        }
        photo.review(approve, staff.username(), clock.instant());
        return PhotoView.of(photo);
    }

    /** What a member of staff gets when asking for a photo. */
    public record StaffPhoto(boolean found, boolean allowed, PhotoContent content) {
    }

    /** A photo for a member of staff of its incident's department (or of the IOC); every request is logged. */
    public StaffPhoto forStaff(long photoId) {
        Optional<ReportPhoto> photo = photos.byId(photoId);
        if (photo.isEmpty()) {
            return new StaffPhoto(false, false, null);
        }
        StaffMember staff = currentStaff.get().orElseThrow();
        boolean allowed = mayOpen(staff, photoId);
        log.log(photoId, staff.username(), clock.instant(), PhotoAccess.Action.VIEW, allowed);
        ReportPhoto p = photo.get();
        return new StaffPhoto(true, allowed, allowed ? new PhotoContent(p.getContentType(), p.getData(), p.getSha256()) : null);
    }

    private boolean mayOpen(StaffMember staff, long photoId) {
        return staff.seesAllDepartments() || photos.departmentOf(photoId).map(staff::belongsTo).orElse(false);
    }

    /** A photo anyone may see: approved by staff. */
    @PermitAll
    public Optional<PhotoContent> published(long photoId) {
        return photos.byId(photoId).filter(ReportPhoto::isApproved)
                .map(p -> new PhotoContent(p.getContentType(), p.getData(), p.getSha256()));
    }
}
