package vn.smartcity.ioc.worker.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.bytedeco.opencv.opencv_core.Mat;

import vn.smartcity.ioc.worker.analysis.MotionDetector;
import vn.smartcity.ioc.worker.analysis.Observation;
import vn.smartcity.ioc.worker.analysis.SceneAnalyser;
import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.Geometry;
import vn.smartcity.ioc.worker.events.DetectionJson;
import vn.smartcity.ioc.worker.events.EventSink;
import vn.smartcity.ioc.worker.video.Snapshots;
import vn.smartcity.ioc.worker.video.StreamReader;
import vn.smartcity.ioc.worker.video.VideoFrame;

/**
 * Watches one camera: opens its stream, decodes every frame, analyses at the configured rate (motion →
 * tracks → scene rules), and sends what it saw. A live stream that drops or stalls is re-opened (after 1 s,
 * doubling up to 30 s); no frame for {@code offlineSeconds} reports the camera offline, the next frame online
 * again; most of the picture changing at once for 2 s reports it tampered. A file is analysed once. A new
 * configuration ({@link #reconfigure}: geometry drawn anew on the console) is taken between two frames: the
 * stream is re-opened with it and tracking starts afresh.
 */
public final class CameraWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(CameraWorker.class.getName());
    private static final double TAMPER_SHARE = 0.6;
    private static final double TAMPER_SECONDS = 2.0;

    /** What a run counted. */
    public static final class Stats {
        public long decoded;
        public long analysed;
        public long events;
        public long snapshots;
    }

    private volatile CameraConfig camera;
    private volatile CameraConfig pending;
    private final EventSink sink;
    private final DetectionJson json;
    private final int snapshotQuality;
    private final int decodeThreads;
    private final Clock clock;
    private final Instant fixedOrigin;
    private final Stats stats = new Stats();
    private volatile java.util.function.Consumer<Observation> listener = o -> { };
    private volatile boolean stopped;
    private volatile Instant lastFrameAt;
    private String status = "unknown";

    /**
     * @param fixedOrigin the instant of a file's time 0 (replays and tests); null: when the stream was opened
     */
    public CameraWorker(CameraConfig camera, EventSink sink, String run, int snapshotQuality, int decodeThreads,
                        Clock clock, Instant fixedOrigin) {
        this.camera = camera;
        this.sink = sink;
        this.json = new DetectionJson(camera.code(), run);
        this.snapshotQuality = snapshotQuality;
        this.decodeThreads = decodeThreads;
        this.clock = clock;
        this.fixedOrigin = fixedOrigin;
    }

    /** Also hands every observation to this listener (on the camera's thread), e.g. to check a run. */
    public CameraWorker listen(java.util.function.Consumer<Observation> listener) {
        this.listener = listener;
        return this;
    }

    public Stats stats() {
        return stats;
    }

    public void stop() {
        stopped = true;
    }

    /** Takes {@code changed} (the same camera) from the next frame on: the stream is re-opened with it. */
    public void reconfigure(CameraConfig changed) {
        if (!changed.code().equals(camera.code())) {
            throw new IllegalArgumentException("camera " + changed.code() + " is not " + camera.code());
        }
        pending = changed;
    }

    /** The configuration in use. */
    public CameraConfig camera() {
        return camera;
    }

    /** Applies a pending configuration; whether there was one. */
    private boolean applyPending() {
        CameraConfig changed = pending;
        if (changed == null) {
            return false;
        }
        pending = null;
        camera = changed;
        LOG.info(() -> changed.code() + ": new configuration taken (" + changed.geometry().zones().size() + " zones, "
                + changed.geometry().lines().size() + " lines)");
        return true;
    }

    @Override
    public void run() {
        boolean finite = StreamReader.finite(camera.stream());
        lastFrameAt = clock.instant();
        long backoff = 1000;
        while (!stopped) {
            long decodedBefore = stats.decoded;
            applyPending();
            try (StreamReader reader = new StreamReader(camera.stream(), Math.min(10, camera.offlineSeconds()),
                    decodeThreads)) {
                reader.open();
                analyse(reader);
                if (pending != null) {
                    continue; // re-opened with the new configuration at once
                }
                if (finite) {
                    return;
                }
                LOG.warning(() -> camera.code() + ": stream ended");
            } catch (Exception e) {
                if (finite) {
                    LOG.log(Level.SEVERE, camera.code() + ": cannot read " + camera.stream() + ": " + e.getMessage());
                    return;
                }
                LOG.warning(() -> camera.code() + ": stream failed: " + e.getMessage());
            }
            backoff = stats.decoded > decodedBefore ? 1000 : Math.min(30_000, backoff * 2);
            // wait before re-opening, reporting the camera offline once it has been silent long enough
            long until = System.currentTimeMillis() + backoff;
            while (!stopped && System.currentTimeMillis() < until) {
                if (!"offline".equals(status)
                        && Duration.between(lastFrameAt, clock.instant()).toMillis() >= camera.offlineSeconds() * 1000) {
                    status("offline", clock.instant(), null);
                }
                sleep(Math.min(200, until - System.currentTimeMillis()));
            }
        }
    }

    /** Reads the stream to its end (or until it fails or the worker stops). */
    public void analyse(StreamReader reader) throws Exception {
        Instant origin = fixedOrigin != null ? fixedOrigin : clock.instant();
        SceneAnalyser scene = new SceneAnalyser(camera, origin);
        double period = camera.analysisFps() > 0 ? 1.0 / camera.analysisFps() : 0;
        double next = 0;
        double movedSince = Double.NaN;
        long startNanos = System.nanoTime();
        try (MotionDetector detector = new MotionDetector(camera.analysisWidth(), reader.width(), reader.height(),
                camera.minArea());
             Snapshots snapshots = new Snapshots(camera.geometry().privacyMasks(), snapshotQuality)) {
            VideoFrame frame;
            while (!stopped && pending == null && (frame = reader.next()) != null) {
                stats.decoded++;
                lastFrameAt = clock.instant();
                if (!"online".equals(status) && !"tampered".equals(status)) {
                    status("online", scene.at(frame.t()), null);
                }
                if (camera.realtime()) {
                    long due = startNanos + (long) (frame.t() * 1e9);
                    sleep((due - System.nanoTime()) / 1_000_000);
                }
                if (period > 0 && frame.t() + 1e-6 < next) {
                    continue;
                }
                next = Math.max(next + period, frame.t());
                stats.analysed++;
                try (Mat grey = frame.grey()) {
                    var blobs = detector.detect(grey);
                    // tampering: most of the picture changing for a while
                    if (detector.foreground() > TAMPER_SHARE) {
                        movedSince = Double.isNaN(movedSince) ? frame.t() : movedSince;
                        if (frame.t() - movedSince >= TAMPER_SECONDS && !"tampered".equals(status)) {
                            status("tampered", scene.at(frame.t()), snapshots.jpeg(frame));
                        }
                        continue;
                    }
                    movedSince = Double.NaN;
                    if ("tampered".equals(status)) {
                        status("online", scene.at(frame.t()), null);
                    }
                    List<Observation> seen = scene.analyse(blobs, frame.t(), signal(frame, scene));
                    for (Observation o : seen) {
                        send(o, needsSnapshot(o) ? snapshots.jpeg(frame) : null);
                    }
                }
            }
            for (Observation o : scene.finish()) {
                send(o, null);
            }
        }
    }

    private DoublePredicate signal(VideoFrame frame, SceneAnalyser scene) {
        Geometry.Signal s = camera.geometry().signal();
        if (s == null) {
            return null;
        }
        if (s.lamp() != null) {
            if (!frame.planar420()) {
                return null;
            }
            boolean red = frame.meanCr(s.lamp()) > (s.lampThreshold() == null ? 170 : s.lampThreshold());
            return t -> red;
        }
        Instant epoch = s.epoch() == null ? Instant.EPOCH : s.epoch();
        int cycle = s.cycleSeconds();
        int from = s.redFromSecond() == null ? 0 : s.redFromSecond();
        int length = s.redSeconds();
        return t -> {
            double since = Duration.between(epoch, scene.at(t)).toNanos() / 1e9;
            double inCycle = ((since % cycle) + cycle) % cycle;
            double red = ((inCycle - from) % cycle + cycle) % cycle;
            return red < length;
        };
    }

    private static boolean needsSnapshot(Observation o) {
        return o.type() == Observation.Type.VIOLATION
                || o.type() == Observation.Type.APPEARED && !o.zones().isEmpty()
                || o.type() == Observation.Type.ZONES && !o.zones().isEmpty() && o.dwell() != null && o.dwell() == 0;
    }

    private void status(String newStatus, Instant at, byte[] jpeg) {
        status = newStatus;
        LOG.info(() -> camera.code() + ": " + newStatus);
        send(Observation.cameraStatus(at, newStatus), jpeg);
    }

    private void send(Observation o, byte[] jpeg) {
        listener.accept(o);
        stats.events++;
        if (jpeg != null) {
            stats.snapshots++;
        }
        sink.send(json.event(o, jpeg));
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
