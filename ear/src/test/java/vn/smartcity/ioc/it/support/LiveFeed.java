package vn.smartcity.ioc.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The consoles' live alert feed (websocket /ioc/console/live-alerts) as a logged-in member of staff sees it. */
public final class LiveFeed implements AutoCloseable {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private volatile String closed;

    /** The console's own origin, as its pages send it. */
    public static final String CONSOLE_ORIGIN = "http://127.0.0.1:8080";

    private LiveFeed(Http staff, String origin) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", staff.cookieHeader());
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder
                .buildAsync(URI.create("ws://127.0.0.1:8080/ioc/console/live-alerts"), new WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            messages.add(text.toString());
                            received.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        closed = "closed by the server: " + status + " " + reason;
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        closed = "failed: " + error;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    /**
     * Connects and waits for the server's {"kind":"feed-ready"}: from then on every alert raised reaches this
     * feed (the handshake alone completes before the server has registered the console).
     */
    public static LiveFeed open(Http staff) throws Exception {
        return open(staff, CONSOLE_ORIGIN);
    }

    /** As {@link #open(Http)}, from a page of {@code origin} (null: no Origin header, as a script outside a browser). */
    public static LiveFeed open(Http staff, String origin) throws Exception {
        LiveFeed feed = new LiveFeed(staff, origin);
        String first = feed.next(10);
        if (first == null || !first.contains("\"kind\":\"feed-ready\"")) {
            feed.close();
            throw new AssertionError("the live feed did not start: " + first + " (" + feed.closed + ")");
        }
        return feed;
    }

    /** The next message, waiting at most {@code seconds}; null when none came. */
    public String next(long seconds) throws InterruptedException {
        return messages.poll(seconds, TimeUnit.SECONDS);
    }

    /** The first message that {@code wanted} accepts within {@code seconds}, or null. */
    public String await(Predicate<String> wanted, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left; (left = end - System.nanoTime()) > 0; ) {
            String m = messages.poll(left, TimeUnit.NANOSECONDS);
            if (m != null && wanted.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Every message this feed has received so far, in order (also those that next/await passed over). */
    public java.util.List<String> received() {
        return java.util.List.copyOf(received);
    }

    /** Why the feed ended (closed by the server or failed), or null while it is open. */
    public String closed() {
        return closed;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        socket.abort();
    }
}
