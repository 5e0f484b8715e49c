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
 * {@code /console/violations/notice/{violationId}}: the penalty notice's PDF for traffic officers (the
 * /console/violations/* constraint of web.xml); each access is logged with the officer's name.
 */
@WebServlet("/console/violations/notice/*")
public class NoticeServlet extends HttpServlet {

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
        Optional<byte[]> pdf = queue.noticePdf(id, request.getRemoteUser());
        if (pdf.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"notice-" + id + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
