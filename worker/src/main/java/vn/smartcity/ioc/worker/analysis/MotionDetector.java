package vn.smartcity.ioc.worker.analysis;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.bitwise_not;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_HEIGHT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_LEFT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_TOP;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_WIDTH;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.blur;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Motion by background subtraction at reduced resolution: the grey picture is shrunk to the analysis width,
 * compared with a running-average background, thresholded, closed, and split into connected regions. The
 * background learns quickly where nothing moves and slowly under moving things, so a vehicle that stops stays
 * visible for about a minute before it becomes background.
 */
public final class MotionDetector implements AutoCloseable {

    private static final double LEARN = 0.02;
    private static final double LEARN_UNDER_MOTION = 0.0005;
    private static final int THRESHOLD = 25;

    private final Size size;
    private final double minArea;
    private final Mat small = new Mat();
    private final Mat background = new Mat();
    private final Mat background8 = new Mat();
    private final Mat diff = new Mat();
    private final Mat mask = new Mat();
    private final Mat still = new Mat();
    private final Mat labels = new Mat();
    private final Mat stats = new Mat();
    private final Mat centroids = new Mat();
    private final Mat kernel;
    private final Size blurSize = new Size(3, 3);
    private double foreground;

    /** @param width analysis width; height follows the picture's ratio on the first frame */
    public MotionDetector(int width, int sourceWidth, int sourceHeight, double minArea) {
        int height = Math.max(16, (int) Math.round((double) width * sourceHeight / sourceWidth));
        this.size = new Size(width, height);
        this.minArea = minArea;
        this.kernel = getStructuringElement(MORPH_RECT, new Size(5, 5));
    }

    public int width() {
        return size.width();
    }

    public int height() {
        return size.height();
    }

    /** The share of the picture that moved in the last frame (most of it: the camera was covered or turned). */
    public double foreground() {
        return foreground;
    }

    /** The moving regions of this grey picture (any size; shrunk here). The first picture is the background. */
    public List<Blob> detect(Mat grey) {
        resize(grey, small, size, 0, 0, INTER_AREA);
        blur(small, small, blurSize);
        if (background.empty()) {
            small.convertTo(background, CV_32F);
            return List.of();
        }
        background.convertTo(background8, CV_8U);
        absdiff(small, background8, diff);
        threshold(diff, mask, THRESHOLD, 255, THRESH_BINARY);
        morphologyEx(mask, mask, MORPH_CLOSE, kernel);
        bitwise_not(mask, still);
        accumulateWeighted(small, background, LEARN, still);
        accumulateWeighted(small, background, LEARN_UNDER_MOTION, mask);

        double w = size.width();
        double h = size.height();
        double total = w * h;
        foreground = countNonZero(mask) / total;
        int n = connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
        if (n <= 1) {
            return List.of();
        }
        List<Blob> blobs = new ArrayList<>();
        try (IntIndexer s = stats.createIndexer(); DoubleIndexer c = centroids.createIndexer()) {
            for (int i = 1; i < n; i++) {
                double area = s.get(i, CC_STAT_AREA) / total;
                if (area < minArea) {
                    continue;
                }
                blobs.add(new Blob(c.get(i, 0) / w, c.get(i, 1) / h,
                        s.get(i, CC_STAT_LEFT) / w, s.get(i, CC_STAT_TOP) / h,
                        s.get(i, CC_STAT_WIDTH) / w, s.get(i, CC_STAT_HEIGHT) / h, area));
            }
        }
        return blobs;
    }

    @Override
    public void close() {
        for (Mat m : new Mat[] {small, background, background8, diff, mask, still, labels, stats, centroids, kernel}) {
            m.close();
        }
        size.close();
        blurSize.close();
    }
}
