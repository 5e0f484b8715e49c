package vn.smartcity.ioc.worker.synthetic;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.nio.file.Path;
import java.util.Random;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Renders a {@link TrafficScene} to an H.264 MP4 file (FFmpeg's OpenH264 encoder, the one in JavaCV's
 * LGPL build): a textured pavement and road with lane marks, the signal lamp, the movers as filled boxes.
 * The texture is fixed noise (same seed every time), so that the picture is not trivially compressible.
 */
public final class SceneVideo {

    private SceneVideo() {
    }

    public static void write(TrafficScene scene, Path file, int width, int height, double fps)
            throws FrameRecorder.Exception {
        write(scene, file, width, height, fps, scene.seconds());
    }

    /** The first {@code seconds} of the scene; a {@code .ts} file is MPEG-TS (streamable), anything else MP4. */
    public static void write(TrafficScene scene, Path file, int width, int height, double fps, double seconds)
            throws FrameRecorder.Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
             Mat background = background(width, height);
             Mat frame = new Mat(height, width, CV_8UC3)) {
            recorder.setFormat(file.toString().endsWith(".ts") ? "mpegts" : "mp4");
            recorder.setVideoCodecName("libopenh264");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize((int) Math.round(fps * 2));
            recorder.setVideoBitrate(width * height * 4);
            recorder.start();
            int frames = (int) Math.round(Math.min(seconds, scene.seconds()) * fps);
            for (int i = 0; i < frames; i++) {
                double t = i / fps;
                background.copyTo(frame);
                lamp(frame, TrafficScene.red(t));
                for (Mover m : scene.movers()) {
                    double[] c = m.at(t);
                    if (c != null) {
                        box(frame, c[0] - m.w() / 2, c[1] - m.h() / 2, m.w(), m.h(), m.bgr());
                    }
                }
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
        }
    }

    private static Mat background(int width, int height) {
        Mat bg = new Mat(height, width, CV_8UC3);
        Random noise = new Random(7);
        try (UByteIndexer ix = bg.createIndexer()) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double nx = (double) x / width;
                    int base = nx >= 0.25 && nx < 0.75 ? 70 : 130;
                    int v = base + noise.nextInt(17) - 8;
                    ix.put(y, x, 0, v);
                    ix.put(y, x, 1, v);
                    ix.put(y, x, 2, v + (base == 130 ? 6 : 0));
                }
            }
        }
        int[] white = {225, 225, 225};
        box(bg, 0.25, 0, 0.004, 1, white);
        box(bg, 0.746, 0, 0.004, 1, white);
        for (double y = 0; y < 1; y += 0.1) {
            box(bg, 0.498, y, 0.004, 0.05, white);
        }
        return bg;
    }

    /** The signal lamp: red or green of the same brightness, so that a change of colour is not motion. */
    private static void lamp(Mat frame, boolean red) {
        double[] l = TrafficScene.LAMP;
        box(frame, l[0], l[1], l[2], l[3], red ? new int[] {0, 0, 255} : new int[] {0, 130, 0});
    }

    private static void box(Mat m, double x, double y, double w, double h, int[] bgr) {
        int x0 = (int) Math.round(x * m.cols());
        int y0 = (int) Math.round(y * m.rows());
        int x1 = (int) Math.round((x + w) * m.cols()) - 1;
        int y1 = (int) Math.round((y + h) * m.rows()) - 1;
        try (Point p0 = new Point(x0, y0); Point p1 = new Point(x1, y1);
             Scalar colour = new Scalar(bgr[0], bgr[1], bgr[2], 0)) {
            rectangle(m, p0, p1, colour, FILLED, LINE_8, 0);
        }
    }
}
