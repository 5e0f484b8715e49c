package vn.smartcity.ioc.web.console.alerts;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

import vn.smartcity.ioc.identity.domain.StaffMember;

/**
 * The consoles connected to the live alert feed on this node. Sending never waits for a console: each has its
 * own queue, sent asynchronously one message after the other (10 s to take each); a console whose queue passes
 * {@value #MAX_QUEUED} messages, or that fails a send, is disconnected (its page reconnects and shows the
 * open alerts again). So one slow or vanished console can never hold up the others' alerts. Each alert goes only
 * to the consoles whose staff member may see it ({@link LiveAlertAudience}).
 */
@ApplicationScoped
public class LiveAlertSessions {

    private static final Logger LOG = Logger.getLogger(LiveAlertSessions.class.getName());
    static final int MAX_QUEUED = 200;

    /** A console's staff member, its messages waiting to be sent, and whether a send is under way. */
    private static final class Outbox {
        final StaffMember member;
        final Deque<String> queue = new ArrayDeque<>();
        boolean sending;

        Outbox(StaffMember member) {
            this.member = member;
        }
    }

    /**
     * The first message of every feed, sent once the console is registered: the alerts raised from then on reach
     * it (a console, or a test, that waits for it misses none of them).
     */
    static final String READY = "{\"version\":1,\"kind\":\"feed-ready\"}";

    private final Map<Session, Outbox> sessions = new ConcurrentHashMap<>();

    void add(Session session, StaffMember member) {
        session.getAsyncRemote().setSendTimeout(10_000);
        Outbox box = new Outbox(member);
        box.queue.add(READY);
        box.sending = true;
        sessions.put(session, box);
        LOG.fine(() -> "live alerts: console feed opened for " + session.getUserPrincipal().getName());
        sendNext(session, box);
    }

    void remove(Session session) {
        sessions.remove(session);
    }

    /**
     * Hands a live alert (JSON text) to every connected console that may see it; returns at once.
     *
     * @param kind       the alert's kind
     * @param department the department it concerns, null if none
     * @return to how many consoles it went
     */
    public int broadcast(String json, String kind, String department) {
        int to = 0;
        for (Map.Entry<Session, Outbox> e : sessions.entrySet()) {
            Session session = e.getKey();
            Outbox box = e.getValue();
            if (!LiveAlertAudience.sees(box.member, kind, department)) {
                continue;
            }
            to++;
            boolean start;
            synchronized (box) {
                if (box.queue.size() >= MAX_QUEUED) {
                    drop(session, "more than " + MAX_QUEUED + " alerts waiting");
                    continue;
                }
                box.queue.add(json);
                start = !box.sending;
                box.sending = true;
            }
            if (start) {
                sendNext(session, box);
            }
        }
        return to;
    }

    private void sendNext(Session session, Outbox box) {
        String next;
        synchronized (box) {
            next = box.queue.poll();
            if (next == null) {
                box.sending = false;
                return;
            }
        }
        if (!session.isOpen()) {
            drop(session, "closed");
            return;
        }
        try {
            session.getAsyncRemote().sendText(next, result -> {
                if (result.isOK()) {
                    sendNext(session, box);
                } else {
                    drop(session, String.valueOf(result.getException()));
                }
            });
        } catch (RuntimeException e) {
            drop(session, String.valueOf(e));
        }
    }

    private void drop(Session session, String why) {
        if (sessions.remove(session) != null) {
            LOG.fine(() -> "live alerts: console feed closed (" + why + ")");
            try {
                session.close();
            } catch (IOException | IllegalStateException ignored) {
                // already gone
            }
        }
    }

    public int count() {
        return sessions.size();
    }
}
