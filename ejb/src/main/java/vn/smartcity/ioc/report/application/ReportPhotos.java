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
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.report.domain.ReportPhotoRepository;

/**
 * Citizens' photos: staff see all of an incident's and approve (publish) or withdraw each; the public sees
 * approved ones only.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ANALYST, Roles.ADMIN, Roles.AUDITOR})
public class ReportPhotos {

    @Inject
    ReportPhotoRepository photos;

    @Inject
    CurrentStaff currentStaff;

    Clock clock = Clock.systemUTC();

    public List<PhotoView> ofIncident(long incidentId) {
        return photos.ofIncident(incidentId).stream().map(PhotoView::of).toList();
    }

    /** Publishes ({@code approve}) or withdraws a photo; who and when are kept. */
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.ADMIN})
    public PhotoView review(long photoId, boolean approve) {
        ReportPhoto photo = photos.byId(photoId).orElseThrow(() -> new ReportRefusedException(
                ReportRefusedException.Problem.NOT_FOUND, null, "There is no photo " + photoId));
        photo.review(approve, currentStaff.get().orElseThrow().username(), clock.instant());
        return PhotoView.of(photo);
    }

    public Optional<PhotoContent> forStaff(long photoId) {
        return photos.byId(photoId).map(p -> new PhotoContent(p.getContentType(), p.getData(), p.getSha256()));
    }

    /** A photo anyone may see: approved by staff. */
    @PermitAll
    public Optional<PhotoContent> published(long photoId) {
        return photos.byId(photoId).filter(ReportPhoto::isApproved)
                .map(p -> new PhotoContent(p.getContentType(), p.getData(), p.getSha256()));
    }
}
