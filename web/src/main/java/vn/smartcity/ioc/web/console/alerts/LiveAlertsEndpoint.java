package vn.smartcity.ioc.web.console.alerts;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * ws(s)://host/ioc/console/live-alerts: the live alert feed of the console (camera alerts, SLA escalations),
 * first {"version":1,"kind":"feed-ready"} once the console is registered, then one JSON text message per
 * alert as published on IocLiveAlerts (docs/messaging.md) that the console's staff member may see
 * ({@link LiveAlertAudience}: by role, and by department for SLA escalations). Under /console/*, so the handshake
 * needs a logged-in staff member (web.xml); the server only sends, never reads.
 */
@ServerEndpoint(value = "/console/live-alerts", configurator = LiveAlertsHandshake.class)
public class LiveAlertsEndpoint {

    @Inject
    LiveAlertSessions sessions;

    @OnOpen
    public void open(Session session) throws IOException {
        StaffMember member = (StaffMember) session.getUserProperties().get(LiveAlertsHandshake.STAFF);
        if (session.getUserPrincipal() == null || member == null
                || !member.username().equals(session.getUserPrincipal().getName())) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "log in first"));
            return;
        }
        session.setMaxIdleTimeout(0);
        sessions.add(session, member);
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
