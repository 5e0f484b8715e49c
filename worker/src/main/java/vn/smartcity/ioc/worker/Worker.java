package vn.smartcity.ioc.worker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.bytedeco.opencv.opencv_core.Mat;

import vn.smartcity.ioc.worker.analysis.MotionDetector;
import vn.smartcity.ioc.worker.analysis.SceneAnalyser;
import vn.smartcity.ioc.worker.application.CameraWorker;
import vn.smartcity.ioc.worker.config.CameraConfig;
import vn.smartcity.ioc.worker.config.CameraRegistryClient;
import vn.smartcity.ioc.worker.config.WorkerConfig;
import vn.smartcity.ioc.worker.events.DetectionJson;
import vn.smartcity.ioc.worker.events.EventSink;
import vn.smartcity.ioc.worker.events.JmsEventSink;
import vn.smartcity.ioc.worker.synthetic.SceneVideo;
import vn.smartcity.ioc.worker.synthetic.TrafficScene;
import vn.smartcity.ioc.worker.video.StreamReader;
import vn.smartcity.ioc.worker.video.VideoFrame;

/**
 * The worker's command line (docs/worker.md):
 * <pre>
 * ioc-worker run --config worker.json [--dry-run]     watch the configured cameras, send events to the IOC
 * ioc-worker synthetic --out scene.mp4 [--width 1280 --height 720 --fps 25]
 *                                                    write the synthetic test scene, print its camera config
 * ioc-worker bench --file video.mp4 [--analysis-width 320]
 *                                                    frames/s: bare decoding, then the whole pipeline
 * </pre>
 */
public final class Worker {

    private static final Logger LOG = Logger.getLogger(Worker.class.getName());

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dry-run")) {
                o.put("dry-run", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("unknown argument: " + args[i]);
                usage();
                System.exit(2);
            }
        }
        switch (args[0]) {
            case "run" -> run(o);
            case "synthetic" -> synthetic(o);
            case "bench" -> bench(o);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("""
                usage: ioc-worker run --config worker.json [--dry-run]
                       ioc-worker synthetic --out scene.mp4 [--width 1280] [--height 720] [--fps 25]
                       ioc-worker bench --file video.mp4 [--analysis-width 320]""");
    }

    private static void run(Map<String, String> o) throws Exception {
        if (!o.containsKey("config")) {
            usage();
            System.exit(2);
        }
        WorkerConfig config = WorkerConfig.read(Path.of(o.get("config")));
        if (config.cameras().isEmpty()) {
            System.err.println("no cameras in " + o.get("config"));
            System.exit(2);
        }
        List<CameraConfig> cameras = config.cameras();
        CameraRegistryClient registry = config.registryUrl() == null ? null : new CameraRegistryClient(
                config.registryUrl(), config.user(), config.password(), 12, java.time.Duration.ofSeconds(5));
        if (registry != null) {
            try {
                cameras = registry.complete(cameras);
            } catch (java.io.IOException e) {
                System.err.println("cannot start: " + e.getMessage());
                System.exit(2);
            }
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        EventSink sink = o.containsKey("dry-run")
                ? e -> System.out.println(e.withImage() ? e.json().replaceAll("\"image\":\"[^\"]*\"", "\"image\":\"…\"")
                : e.json())
                : new JmsEventSink(config.brokerUrl(), config.user(), config.password(), config.queue(), 10_000);
        List<CameraWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (CameraConfig camera : cameras) {
            CameraWorker w = new CameraWorker(camera, sink, run, config.snapshotQuality(), 0, Clock.systemUTC(), null);
            workers.add(w);
            Thread t = new Thread(w, "camera-" + camera.code());
            threads.add(t);
            t.start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workers.forEach(CameraWorker::stop);
            sink.close();
        }));
        if (registry != null && config.registryRefreshSeconds() > 0) {
            refreshFromRegistry(registry, config.cameras(), workers, config.registryRefreshSeconds());
        }
        LOG.info(() -> "watching " + workers.size() + " cameras, run " + run);
        for (Thread t : threads) {
            t.join();
        }
        sink.close();
    }

    /** Every {@code seconds}, hands each camera whose registry entry changed its new configuration (a daemon). */
    private static void refreshFromRegistry(CameraRegistryClient registry, List<CameraConfig> fromFile,
                                            List<CameraWorker> workers, int seconds) {
        Thread refresher = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(seconds * 1000L);
                    for (int i = 0; i < fromFile.size(); i++) {
                        registry.changed(fromFile.get(i)).ifPresent(workers.get(i)::reconfigure);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "registry-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    private static void synthetic(Map<String, String> o) throws Exception {
        Path out = Path.of(o.getOrDefault("out", "scene.mp4"));
        SceneVideo.write(new TrafficScene(), out, Integer.parseInt(o.getOrDefault("width", "1280")),
                Integer.parseInt(o.getOrDefault("height", "720")), Double.parseDouble(o.getOrDefault("fps", "25")));
        CameraConfig camera = TrafficScene.camera("LC-TP-001", out.toAbsolutePath().toString(), null, true);
        System.out.println(WorkerConfig.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(camera));
    }

    /** Bare decoding, then decoding with the whole analysis, of the same file, each on the calling thread. */
    private static void bench(Map<String, String> o) throws Exception {
        String file = o.get("file");
        int width = Integer.parseInt(o.getOrDefault("analysis-width", "320"));
        long frames = 0;
        long start = System.nanoTime();
        try (StreamReader reader = new StreamReader(file, 10, 1).open()) {
            VideoFrame f;
            while ((f = reader.next()) != null) {
                frames++;
            }
        }
        double decode = frames / ((System.nanoTime() - start) / 1e9);
        CameraConfig camera = TrafficScene.camera("BENCH", file, Instant.parse("2026-01-01T00:00:00Z"), true);
        camera = new CameraConfig(camera.code(), file, 0.0, width, camera.minArea(), camera.labels(),
                camera.updateSeconds(), camera.offlineSeconds(), false, camera.speedLimitKmh(), camera.geometry());
        long[] events = new long[1];
        CameraWorker worker = new CameraWorker(camera, e -> events[0]++, "bench", 80, 1, Clock.systemUTC(),
                Instant.parse("2026-01-01T00:00:00Z"));
        start = System.nanoTime();
        try (StreamReader reader = new StreamReader(file, 10, 1).open()) {
            worker.analyse(reader);
        }
        double pipeline = worker.stats().analysed / ((System.nanoTime() - start) / 1e9);
        System.out.printf("file %s: %d frames%n", file, frames);
        System.out.printf("decode only:    %.0f frames/s (one decoder thread)%n", decode);
        System.out.printf("whole pipeline: %.0f analysed frames/s (decode + motion at %d px + tracking + rules + "
                + "snapshots), %d events, %d snapshots%n", pipeline, width, events[0], worker.stats().snapshots);
    }
}
