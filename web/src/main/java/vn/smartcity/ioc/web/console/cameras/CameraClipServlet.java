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
 * {@code /console/clips/{event id}}: a detection event's video clip, kept by the system that recorded it (an NVR,
 * Frigate): the access is logged in evidence_access under the clip's SHA-256, then the browser is sent to the
 * clip's address (303). 404 for an unknown event, an event without a clip, or a clip past its retention.
 */
@WebServlet("/console/clips/*")
public class CameraClipServlet extends HttpServlet {

    @Inject
    EvidenceArchive archive;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("[0-9]{1,18}")) {
            response.sendError(404);
            return;
        }
        Optional<String> clip = archive.clip(Long.parseLong(id));
        if (clip.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(303);
        response.setHeader("Location", clip.get());
    }
}
