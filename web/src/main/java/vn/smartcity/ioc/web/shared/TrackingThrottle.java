package vn.smartcity.ioc.web.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down guessing tracking codes (the portal's track page and Open311 {@code tokens/}): a client (its
 * address, as FormGuard reads it behind trusted proxies) that looked up {@code IOC_TRACK_FAILED_LIMIT} unknown
 * codes (10) within {@code IOC_TRACK_FAILED_MINUTES} (10) is refused every look-up until the oldest of them is
 * that old. Per node and in memory (at most 100,000 clients remembered, the least recent forgotten).
 */
@ApplicationScoped
public class TrackingThrottle {

    private final int limit = setting("IOC_TRACK_FAILED_LIMIT", 10);
    private final long windowMillis = setting("IOC_TRACK_FAILED_MINUTES", 10) * 60_000L;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > 100_000;
        }
    };

    private static int setting(String name, int fallback) {
        try {
            String v = System.getenv(name);
            int n = v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Whether this client may look up a code now. */
    public synchronized boolean allowed(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return true;
        }
        prune(times, System.currentTimeMillis());
        return times.size() < limit;
    }

    /** The client looked up a code that does not exist. */
    public synchronized void failed(String client) {
        long now = System.currentTimeMillis();
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
    }

    private void prune(Deque<Long> times, long now) {
        for (Iterator<Long> it = times.iterator(); it.hasNext(); ) {
            if (it.next() <= now - windowMillis) {
                it.remove();
            } else {
                break;
            }
        }
    }
}
