package vn.smartcity.ioc.report.infrastructure;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

import vn.smartcity.ioc.report.domain.CleanImage;
import vn.smartcity.ioc.report.domain.PhotoCleaner;
import vn.smartcity.ioc.report.domain.ReportPhoto;
import vn.smartcity.ioc.shared.domain.ImageType;
import vn.smartcity.ioc.shared.domain.Sha256;

/**
 * JPEG, PNG and WebP, recognised by their first bytes (never by name or declared type). JPEG and PNG are
 * decoded and written again by ImageIO, which keeps the pixels only (EXIF, XMP, comments and text chunks are
 * gone; the EXIF orientation is applied first, so the photo stays upright). WebP, which the JDK cannot
 * decode, keeps only its image chunks (VP8, VP8L, ALPH, ANIM/ANMF) and loses EXIF, XMP and ICC. The EXIF GPS
 * position is read before, with metadata-extractor.
 */
@ApplicationScoped
public class MetadataFreePhotoCleaner implements PhotoCleaner {

    static final long MAX_PIXELS = 50_000_000L;
    private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");

    @Override
    public CleanImage clean(byte[] upload) throws RejectedPhoto {
        if (upload.length > ReportPhoto.MAX_BYTES) {
            throw new RejectedPhoto(Rejection.TOO_LARGE, "A photo may have at most " + ReportPhoto.MAX_BYTES / 1024 / 1024 + " MB");
        }
        String type = ImageType.sniff(upload).orElse(null);
        if (type == null) {
            throw new RejectedPhoto(Rejection.NOT_AN_IMAGE, "Only JPEG, PNG and WebP photos are accepted");
        }
        Metadata metadata = metadata(upload);
        GeoLocation where = gps(metadata);
        Double lat = where == null ? null : where.getLatitude();
        Double lon = where == null ? null : where.getLongitude();
        if ("image/webp".equals(type)) {
            return webp(upload, lat, lon);
        }
        BufferedImage image = decode(upload);
        image = upright(image, orientation(metadata));
        byte[] clean = encode(image, "image/jpeg".equals(type) ? "jpeg" : "png");
        return new CleanImage(type, clean, image.getWidth(), image.getHeight(), Sha256.of(clean), lat, lon);
    }

    private static Metadata metadata(byte[] upload) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload), upload.length);
        } catch (Exception e) {
            return null; // no readable metadata: nothing to suggest, nothing to keep anyway
        }
    }

    private static GeoLocation gps(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        return location == null || location.isZero() ? null : location;
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory exif = metadata == null ? null : metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        try {
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
        } catch (Exception e) {
            return 1;
        }
    }

    private static BufferedImage decode(byte[] upload) throws RejectedPhoto {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RejectedPhoto(Rejection.UNREADABLE, "The photo cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new RejectedPhoto(Rejection.TOO_MANY_PIXELS, "The photo has more than 50 million pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new RejectedPhoto(Rejection.UNREADABLE, "The photo cannot be read");
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        boolean swap = false;
        switch (orientation) {
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); swap = true; }
            case 8 -> { t.translate(0, w); t.rotate(-Math.PI / 2); swap = true; }
            default -> { return image; }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static byte[] encode(BufferedImage image, String format) throws RejectedPhoto {
        BufferedImage pixels = image;
        if ("jpeg".equals(format) && (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM)) {
            pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = pixels.createGraphics();
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new RejectedPhoto(Rejection.UNREADABLE, "The photo cannot be read");
        } finally {
            writer.dispose();
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length > 6_000_000) {
            throw new RejectedPhoto(Rejection.TOO_LARGE, "The photo is too large once cleaned");
        }
        return bytes;
    }

    /** Keeps the WebP image chunks only; clears the VP8X flags of the dropped metadata. */
    static CleanImage webp(byte[] upload, Double lat, Double lon) throws RejectedPhoto {
        ByteBuffer in = ByteBuffer.wrap(upload).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        int pos = 12;
        boolean image = false;
        try {
            while (pos + 8 <= upload.length) {
                String fourcc = new String(upload, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
                int size = in.getInt(pos + 4);
                if (size < 0 || pos + 8L + size > upload.length) {
                    throw new RejectedPhoto(Rejection.UNREADABLE, "The WebP photo is damaged");
                }
                int padded = size + (size & 1);
                if (WEBP_IMAGE_CHUNKS.contains(fourcc)) {
                    byte[] chunk = new byte[8 + padded];
                    System.arraycopy(upload, pos, chunk, 0, Math.min(chunk.length, upload.length - pos));
                    if (fourcc.equals("VP8X")) {
                        chunk[8] = (byte) (chunk[8] & ~(0x20 | 0x08 | 0x04)); // no ICC, EXIF, XMP
                        width = 1 + ((chunk[12] & 0xff) | (chunk[13] & 0xff) << 8 | (chunk[14] & 0xff) << 16);
                        height = 1 + ((chunk[15] & 0xff) | (chunk[16] & 0xff) << 8 | (chunk[17] & 0xff) << 16);
                    } else if (fourcc.equals("VP8 ") && size >= 10 && width == 0) {
                        width = in.getShort(pos + 8 + 6) & 0x3fff;
                        height = in.getShort(pos + 8 + 8) & 0x3fff;
                    } else if (fourcc.equals("VP8L") && size >= 5 && width == 0) {
                        int bits = in.getInt(pos + 8 + 1);
                        width = 1 + (bits & 0x3fff);
                        height = 1 + ((bits >>> 14) & 0x3fff);
                    }
                    image |= fourcc.startsWith("VP8") || fourcc.equals("ANMF");
                    chunks.writeBytes(chunk);
                }
                pos += 8 + padded;
            }
        } catch (IndexOutOfBoundsException e) {
            throw new RejectedPhoto(Rejection.UNREADABLE, "The WebP photo is damaged");
        }
        if (!image || width <= 0 || height <= 0) {
            throw new RejectedPhoto(Rejection.UNREADABLE, "The WebP photo has no image");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new RejectedPhoto(Rejection.TOO_MANY_PIXELS, "The photo has more than 50 million pixels");
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(4 + body.length).put(new byte[] {'W', 'E', 'B', 'P'}).put(body);
        byte[] clean = out.array();
        return new CleanImage("image/webp", clean, width, height, Sha256.of(clean), lat, lon);
    }
}
