package vn.smartcity.ioc.worker.video;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.Frame;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One decoded picture as the decoder left it (no colour conversion): its luma plane is the grey picture the
 * motion detector needs, the whole frame is converted to colour only for a snapshot.
 *
 * @param t stream time in seconds
 */
public record VideoFrame(AVFrame picture, int width, int height, double t) {

    static VideoFrame of(Frame frame, double t) {
        AVFrame picture = (AVFrame) frame.opaque;
        return new VideoFrame(picture, picture.width(), picture.height(), t);
    }

    /** The luma plane as a grey picture, sharing the decoder's memory: valid until the next frame. */
    public Mat grey() {
        return new Mat(height, width, CV_8UC1, new BytePointer(picture.data(0)), picture.linesize(0));
    }

    /** Whether the chroma planes are 4:2:0 planar (what H.264/H.265 cameras send): the signal lamp needs it. */
    public boolean planar420() {
        int f = picture.format();
        return f == avutil.AV_PIX_FMT_YUV420P || f == avutil.AV_PIX_FMT_YUVJ420P;
    }

    /** Mean red-difference chroma (Cr, 0–255) of a region {@code [x, y, w, h]} in normalised coordinates. */
    public double meanCr(double[] region) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        int x0 = clamp((int) (region[0] * cw), cw - 1);
        int y0 = clamp((int) (region[1] * ch), ch - 1);
        int x1 = clamp((int) Math.ceil((region[0] + region[2]) * cw), cw);
        int y1 = clamp((int) Math.ceil((region[1] + region[3]) * ch), ch);
        BytePointer cr = picture.data(2);
        int stride = picture.linesize(2);
        long sum = 0;
        long n = 0;
        for (int y = y0; y < Math.max(y0 + 1, y1); y++) {
            for (int x = x0; x < Math.max(x0 + 1, x1); x++) {
                sum += cr.get((long) y * stride + x) & 0xff;
                n++;
            }
        }
        return (double) sum / n;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
