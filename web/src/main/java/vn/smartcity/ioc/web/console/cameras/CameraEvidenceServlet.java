package vn.smartcity.ioc.web.console.cameras;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.camera.application.EvidenceArchive;

/**
 * {@code /console/evidence/{sha256}}: an evidence image of a detection event (snapshots on the alerts page, the
 * camera wall, the events), for staff who watch cameras (web.xml); every request is logged in evidence_access,
 * with who and when, also for an image that is gone. 404 for a malformed hash, a purged or unknown image.
 */
@WebServlet("/console/evidence/*")
public class CameraEvidenceServlet extends HttpServlet {

    @Inject
    EvidenceArchive archive;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!sha.matches("[0-9a-f]{64}")) {
            response.sendError(404);
            return;
        }
        Optional<EvidenceArchive.Image> image = archive.open(sha);
        if (image.isEmpty()) {
            response.sendError(404);
            return;
        }
        byte[] bytes = image.get().bytes();
        response.setContentType(image.get().mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
