package vn.smartcity.ioc.web.console.violations;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.violation.application.ViolationQueue;

/**
 * {@code /console/violations/evidence/{candidateId}}: a candidate's evidence image for the officers reviewing
 * it (the /console/violations/* constraint of web.xml); each access is logged with the officer's name.
 */
@WebServlet("/console/violations/evidence/*")
public class EvidenceServlet extends HttpServlet {

    @Inject
    ViolationQueue queue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        Optional<byte[]> image = queue.evidence(id, request.getRemoteUser());
        if (image.isEmpty() || image.get() == null) {
            response.sendError(404);
            return;
        }
        byte[] bytes = image.get();
        response.setContentType(type(bytes));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The type from the first bytes; anything else is sent as bytes to download, never rendered. */
    static String type(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[8] == 'W' && b[9] == 'E') {
            return "image/webp";
        }
        return "application/octet-stream";
    }
}
