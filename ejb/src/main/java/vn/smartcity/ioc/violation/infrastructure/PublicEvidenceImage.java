package vn.smartcity.ioc.violation.infrastructure;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A violation's evidence image as the public may see it (portal look-up): pixelated beyond recognition
 * everywhere but the lower part of the violating vehicle's box (the detector's box, widened by a tenth of its size
 * on each side and left and below, cut {@value #HEAD_SHARE_PERCENT} % of its height from its top), so that other
 * vehicles, their plates, passers-by's faces and the rider's or driver's head cannot be made out while the
 * vehicle's plate and body stay sharp. Without a box the whole image is pixelated. The pixel blocks are 1/{@value #BLOCKS_ACROSS} of the image's longer side (21 pixels on a 1280-pixel
 * image: a plate or a face elsewhere is a few flat blocks). Always a new JPEG: no metadata of the original.
 */
public final class PublicEvidenceImage {

    static final int BLOCKS_ACROSS = 60;

    /**
     * The top share of the detector's box that is pixelated too: a motorbike rider's head and shoulders, a car's
     * windscreen and driver. A camera sees the plate in the lower part of the box, front or rear.
     */
    static final int HEAD_SHARE_PERCENT = 40;

    private PublicEvidenceImage() {
    }

    /** @return the public JPEG, or empty when the image cannot be read (not JPEG/PNG, damaged) */
    public static Optional<byte[]> render(byte[] image, String vehicleBox) {
        BufferedImage source;
        try {
            source = image == null ? null : ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (source == null) {
            return Optional.empty();
        }
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int block = Math.max(8, Math.round(Math.max(w, h) / (float) BLOCKS_ACROSS));
        int[] pixels = new int[block * block];
        for (int y = 0; y < h; y += block) {
            for (int x = 0; x < w; x += block) {
                int bw = Math.min(block, w - x);
                int bh = Math.min(block, h - y);
                source.getRGB(x, y, bw, bh, pixels, 0, bw);
                long r = 0;
                long g = 0;
                long b = 0;
                int n = bw * bh;
                for (int i = 0; i < n; i++) {
                    r += (pixels[i] >> 16) & 0xff;
                    g += (pixels[i] >> 8) & 0xff;
                    b += pixels[i] & 0xff;
                }
                int average = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                java.util.Arrays.fill(pixels, 0, n, average);
                out.setRGB(x, y, bw, bh, pixels, 0, bw);
            }
        }
        Rectangle keep = keep(vehicleBox, w, h);
        if (keep != null) {
            int[] region = source.getRGB(keep.x, keep.y, keep.width, keep.height, null, 0, keep.width);
            out.setRGB(keep.x, keep.y, keep.width, keep.height, region, 0, keep.width);
        }
        return Optional.of(jpeg(out));
    }

    /**
     * The part of a w×h image left sharp: the box (normalised when no number is above 1, else pixels) widened on
     * the sides and below, without its top {@value #HEAD_SHARE_PERCENT} %, clipped to the image.
     */
    static Rectangle keep(String box, int w, int h) {
        if (box == null) {
            return null;
        }
        String[] parts = box.split(",");
        if (parts.length != 4) {
            return null;
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
                if (!(v[i] >= 0)) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        boolean normalised = v[0] <= 1 && v[1] <= 1 && v[2] <= 1 && v[3] <= 1;
        double x = normalised ? v[0] * w : v[0];
        double y = normalised ? v[1] * h : v[1];
        double bw = normalised ? v[2] * w : v[2];
        double bh = normalised ? v[3] * h : v[3];
        double padX = bw / 10;
        double padY = bh / 10;
        int left = (int) Math.max(0, Math.floor(x - padX));
        int top = (int) Math.max(0, Math.floor(y + bh * HEAD_SHARE_PERCENT / 100));
        int right = (int) Math.min(w, Math.ceil(x + bw + padX));
        int bottom = (int) Math.min(h, Math.ceil(y + bh + padY));
        return right > left && bottom > top ? new Rectangle(left, top, right - left, bottom - top) : null;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
