package vn.smartcity.ioc.web.portal;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.smartcity.ioc.violation.application.ViolationLookup;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.web.shared.PathId;

/**
 * {@code /portal/violations/evidence/{violationId}?plate=&class=}: the evidence image of a confirmed violation
 * as the public look-up shows it, pixelated but for the vehicle (ViolationLookup.publicEvidence). Only with the
 * violation's own plate and vehicle class; anything else answers 404, as if there were no such image.
 */
@WebServlet(urlPatterns = "/portal/violations/evidence/*")
public class ViolationEvidenceServlet extends HttpServlet {

    @Inject
    ViolationLookup lookup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = PathId.of(request);
        VehicleClass vehicleClass = vehicleClass(request.getParameter("class"));
        String plate = request.getParameter("plate");
        Optional<byte[]> image = id.isEmpty() || vehicleClass == null || plate == null || plate.length() > 20
                ? Optional.empty() : lookup.publicEvidence(id.getAsLong(), plate, vehicleClass);
        if (image.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("image/jpeg");
        response.setContentLength(image.get().length);
        response.getOutputStream().write(image.get());
    }

    private static VehicleClass vehicleClass(String name) {
        try {
            return name == null ? null : VehicleClass.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
