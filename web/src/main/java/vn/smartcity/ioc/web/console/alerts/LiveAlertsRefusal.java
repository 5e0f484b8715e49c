package vn.smartcity.ioc.web.console.alerts;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a request to /console/live-alerts meets when the websocket upgrade did not happen: the handshake was
 * refused ({@link LiveAlertsHandshake#checkOrigin}: another origin, or none) or it was no handshake at all. It
 * answers 403 (the container would otherwise fall through to a 404).
 */
@WebServlet("/console/live-alerts")
public class LiveAlertsRefusal extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "The live-alert feed opens only from the console's own pages");
    }
}
