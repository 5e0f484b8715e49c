package vn.smartcity.ioc.web.console.alerts;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * ws(s)://host/ioc/console/live-alerts: the live alert feed of the console (camera alerts, SLA escalations),
 * first {"version":1,"kind":"feed-ready"} once the console is registered, then one JSON text message per
 * alert as published on IocLiveAlerts (docs/messaging.md). Under /console/*, so
 * the handshake needs a logged-in staff member (web.xml); the server only sends, never reads.
 */
@ServerEndpoint("/console/live-alerts")
public class LiveAlertsEndpoint {

    @Inject
    LiveAlertSessions sessions;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "log in first"));
            return;
        }
        session.setMaxIdleTimeout(0);
        sessions.add(session);
    }

    @OnClose
    public void close(Session session) {
        sessions.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        sessions.remove(session);
    }
}
