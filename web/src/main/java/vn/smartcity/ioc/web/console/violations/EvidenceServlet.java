package vn.smartcity.ioc.web.console.violations;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.shared.domain.ImageType;
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
        java.util.OptionalLong path = vn.smartcity.ioc.web.shared.PathId.of(request);
        if (path.isEmpty()) {
            response.sendError(404);
            return;
        }
        long id = path.getAsLong();
        Optional<byte[]> image = queue.evidence(id, request.getRemoteUser());
        if (image.isEmpty() || image.get() == null) {
            response.sendError(404);
            return;
        }
        byte[] bytes = image.get();
        // anything but a photo is sent as bytes to download, never rendered
        response.setContentType(ImageType.sniff(bytes).orElse("application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
