package vn.smartcity.ioc.worker.events;

/** Where the worker's events go: the IOC's detection queue, or (for a dry run and tests) a list or a log. */
public interface EventSink extends AutoCloseable {

    /** Hands over one event; must not block the analysis for long. */
    void send(DetectionJson.Event event);

    @Override
    default void close() {
    }
}
