package vn.smartcity.ioc.worker.video;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.fillPoly;

import java.util.List;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Evidence pictures: a decoded frame converted to colour (swscale, whatever the stream's pixel format), the
 * camera's privacy masks blacked out, encoded as JPEG. Only done when an event needs a picture.
 */
public final class Snapshots implements AutoCloseable {

    private final List<List<double[]>> privacyMasks;
    private final int quality;
    private SwsContext sws;
    private Mat bgr;

    public Snapshots(List<List<double[]>> privacyMasks, int quality) {
        this.privacyMasks = privacyMasks;
        this.quality = quality;
    }

    public byte[] jpeg(VideoFrame frame) {
        int w = frame.width();
        int h = frame.height();
        sws = swscale.sws_getCachedContext(sws, w, h, frame.picture().format(), w, h, avutil.AV_PIX_FMT_BGR24,
                swscale.SWS_BILINEAR, null, null, (double[]) null);
        if (bgr == null || bgr.cols() != w || bgr.rows() != h) {
            bgr = new Mat(h, w, CV_8UC3);
        }
        // swscale wants four plane pointers and strides, even for a packed picture
        try (PointerPointer<BytePointer> dst = new PointerPointer<>(bgr.data(), null, null, null);
             IntPointer dstStride = new IntPointer(new int[] {(int) bgr.step(), 0, 0, 0})) {
            swscale.sws_scale(sws, frame.picture().data(), frame.picture().linesize(), 0, h, dst, dstStride);
        }
        for (List<double[]> mask : privacyMasks) {
            try (Mat poly = new Mat(mask.size(), 1, CV_32SC2)) {
                try (IntIndexer ix = poly.createIndexer()) {
                    for (int i = 0; i < mask.size(); i++) {
                        ix.put(i, 0, 0, (int) Math.round(mask.get(i)[0] * w));
                        ix.put(i, 0, 1, (int) Math.round(mask.get(i)[1] * h));
                    }
                }
                try (MatVector polys = new MatVector(poly); Scalar black = new Scalar(0, 0, 0, 0)) {
                    fillPoly(bgr, polys, black);
                }
            }
        }
        try (BytePointer out = new BytePointer();
             IntPointer params = new IntPointer(new int[] {IMWRITE_JPEG_QUALITY, quality})) {
            imencode(".jpg", bgr, out, params);
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }

    @Override
    public void close() {
        if (sws != null) {
            swscale.sws_freeContext(sws);
            sws = null;
        }
        if (bgr != null) {
            bgr.close();
        }
    }
}
