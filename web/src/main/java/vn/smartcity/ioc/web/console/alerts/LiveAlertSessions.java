package vn.smartcity.ioc.web.console.alerts;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

/** The consoles connected to the live alert feed on this node. */
@ApplicationScoped
public class LiveAlertSessions {

    private static final Logger LOG = Logger.getLogger(LiveAlertSessions.class.getName());

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    void add(Session session) {
        sessions.add(session);
    }

    void remove(Session session) {
        sessions.remove(session);
    }

    /** Sends a live alert (JSON text) to every connected console; a console that cannot take it is dropped. */
    public void broadcast(String json) {
        for (Session session : sessions) {
            try {
                synchronized (session) {
                    if (session.isOpen()) {
                        session.getBasicRemote().sendText(json);
                    }
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "live alert not delivered; closing the console's feed", e);
                sessions.remove(session);
                try {
                    session.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    public int count() {
        return sessions.size();
    }
}
