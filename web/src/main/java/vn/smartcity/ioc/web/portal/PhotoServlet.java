package vn.smartcity.ioc.web.portal;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.report.application.PhotoContent;
import vn.smartcity.ioc.report.application.ReportPhotos;

/**
 * Citizens' photos: {@code /photos/{id}} for anyone (approved photos only; others answer 404, as if they did
 * not exist) and {@code /console/photos/{id}} for staff of the incident's department or the IOC (403 otherwise;
 * every request is logged, ReportPhotos). Sent with the
 * type checked at upload, {@code nosniff}, and the content hash as ETag.
 */
@WebServlet(urlPatterns = {"/photos/*", "/console/photos/*"})
public class PhotoServlet extends HttpServlet {

    @Inject
    ReportPhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.OptionalLong path = vn.smartcity.ioc.web.shared.PathId.of(request);
        if (path.isEmpty()) {
            response.sendError(404);
            return;
        }
        long id = path.getAsLong();
        boolean staff = request.getServletPath().startsWith("/console");
        Optional<PhotoContent> photo;
        if (staff) {
            ReportPhotos.StaffPhoto asked;
            try {
                asked = photos.forStaff(id);
            } catch (jakarta.ejb.EJBAccessException e) {
                response.sendError(403); // a role without citizens' photos (traffic officers)
                return;
            }
            if (asked.found() && !asked.allowed()) {
                response.sendError(403); // another department's incident: refused and logged
                return;
            }
            photo = Optional.ofNullable(asked.content());
        } else {
            photo = photos.published(id);
        }
        if (photo.isEmpty()) {
            response.sendError(404);
            return;
        }
        String etag = "\"" + photo.get().sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", staff ? "private, no-store" : "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setContentLength(photo.get().bytes().length);
        response.getOutputStream().write(photo.get().bytes());
    }
}
