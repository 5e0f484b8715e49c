package vn.smartcity.ioc.worker.video;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a camera's stream with FFmpeg (RTSP over TCP, HTTP(S), or a file) and hands out its pictures
 * undecorated: no colour conversion, no scaling (the analysis shrinks the grey plane itself). A read that
 * stalls for {@code timeoutSeconds} fails, so a dropped stream is noticed and re-opened by the caller.
 */
public final class StreamReader implements AutoCloseable {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
    }

    private final String url;
    private final FFmpegFrameGrabber grabber;
    private double firstTimestamp = Double.NaN;

    /** @param decodeThreads FFmpeg decoder threads (0: FFmpeg chooses; 1: one core) */
    public StreamReader(String url, double timeoutSeconds, int decodeThreads) {
        this.url = url;
        this.grabber = new FFmpegFrameGrabber(url);
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
        long micros = (long) (timeoutSeconds * 1_000_000);
        if (url.startsWith("rtsp:") || url.startsWith("rtsps:")) {
            grabber.setOption("rtsp_transport", "tcp");
            grabber.setOption("timeout", Long.toString(micros));
        } else if (url.startsWith("http:") || url.startsWith("https:")) {
            grabber.setOption("rw_timeout", Long.toString(micros));
            grabber.setOption("reconnect", "0");
        }
        grabber.setVideoOption("threads", Integer.toString(decodeThreads));
    }

    /** A file (a path or a file: URL) ends; a live stream that ends has dropped. */
    public static boolean finite(String url) {
        return url.startsWith("file:") || !url.contains("://") && Files.exists(Path.of(url));
    }

    public StreamReader open() throws FrameGrabber.Exception {
        grabber.start();
        return this;
    }

    public int width() {
        return grabber.getImageWidth();
    }

    public int height() {
        return grabber.getImageHeight();
    }

    public String url() {
        return url;
    }

    /** The next picture, or null at the end of a file. */
    public VideoFrame next() throws FrameGrabber.Exception {
        Frame frame = grabber.grabImage();
        if (frame == null) {
            return null;
        }
        double ts = frame.timestamp / 1e6;
        if (Double.isNaN(firstTimestamp)) {
            firstTimestamp = ts;
        }
        return VideoFrame.of(frame, ts - firstTimestamp);
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // closing a broken stream: nothing left to do
        }
    }
}
