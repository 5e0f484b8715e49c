package vn.smartcity.ioc.report.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Test photos made here, not downloaded: a JPEG carrying an EXIF block (orientation, camera make, GPS
 * position) and a comment, a PNG with a text chunk, a WebP with EXIF and XMP chunks. {@link #main} writes
 * them to a folder (the fixtures of the integration tests in ear/src/test/resources/photos were made so).
 */
public final class PhotoFixtures {

    private PhotoFixtures() {
    }

    /** A 64x48 JPEG (wider than high) with EXIF orientation, make "SecretCam" and a GPS position, and a comment. */
    public static byte[] jpegWithGps(double lat, double lon, int orientation) throws IOException {
        byte[] plain = encode(picture(64, 48), "jpeg");
        byte[] exif = exif(lat, lon, orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(exif);
        byte[] comment = "private comment: Nguyen Van A, 0912345678".getBytes(StandardCharsets.US_ASCII);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xff);
        out.write(comment);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk "Author: SecretCam". */
    public static byte[] pngWithText() throws IOException {
        byte[] plain = encode(picture(40, 30), "png");
        byte[] text = "Author\0SecretCam".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(text);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 33); // signature + IHDR
        out.write(chunk.array());
        out.write(plain, 33, plain.length - 33);
        return out.toByteArray();
    }

    /** A lossless 1x1 WebP (VP8L) inside a VP8X container with EXIF and XMP chunks. */
    public static byte[] webpWithMetadata() {
        byte[] vp8l = {0x2f, 0x00, 0x00, 0x00, 0x00, (byte) 0x88, (byte) 0x88, 0x08, 0x08, (byte) 0x87, 0x01, 0x00};
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08 | 0x04; // EXIF and XMP present; canvas 1x1 (stored as size - 1 = 0)
        byte[] exif = "Exif\0\0SecretCam-GPS".getBytes(StandardCharsets.US_ASCII);
        byte[] xmp = "<x:xmpmeta>SecretCam</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        chunk(body, "VP8X", vp8x);
        chunk(body, "VP8L", vp8l);
        chunk(body, "EXIF", exif);
        chunk(body, "XMP ", xmp);
        byte[] chunks = body.toByteArray();
        ByteBuffer riff = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks);
        return riff.array();
    }

    /** An "image" that is really a web page. */
    public static byte[] htmlPretendingToBeAnImage() {
        return "<html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "photos");
        Files.createDirectories(dir);
        Files.write(dir.resolve("flood-tan-phong-gps.jpg"), jpegWithGps(22.3950, 103.4600, 1));
        Files.write(dir.resolve("not-a-photo.jpg"), htmlPretendingToBeAnImage());
        Files.write(dir.resolve("webp-with-exif.webp"), webpWithMetadata());
    }

    private static void chunk(ByteArrayOutputStream out, String fourcc, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length);
        out.writeBytes(header.array());
        out.writeBytes(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w / 4, h / 4); // a mark in the top-left corner, to see rotations
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** "Exif\0\0" + a little-endian TIFF: IFD0 (Orientation, Make, GPS pointer) and a GPS IFD. */
    private static byte[] exif(double lat, double lon, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(400).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        int ifd0 = 8;
        int ifd0Entries = 3;
        int makeOffset = ifd0 + 2 + ifd0Entries * 12 + 4;
        byte[] make = "SecretCam\0".getBytes(StandardCharsets.US_ASCII);
        int gpsIfd = makeOffset + make.length + (make.length & 1);
        tiff.position(ifd0);
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010F, 2, make.length, makeOffset);            // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsIfd);                           // GPS IFD pointer
        tiff.putInt(0);
        tiff.position(makeOffset);
        tiff.put(make);
        int gpsEntries = 4;
        int latOffset = gpsIfd + 2 + gpsEntries * 12 + 4;
        int lonOffset = latOffset + 24;
        tiff.position(gpsIfd);
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {(byte) (lat >= 0 ? 'N' : 'S'), 0, 0, 0});
        entry(tiff, 2, 5, 3, latOffset);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {(byte) (lon >= 0 ? 'E' : 'W'), 0, 0, 0});
        entry(tiff, 4, 5, 3, lonOffset);
        tiff.putInt(0);
        tiff.position(latOffset);
        degrees(tiff, Math.abs(lat));
        degrees(tiff, Math.abs(lon));
        byte[] body = java.util.Arrays.copyOf(tiff.array(), lonOffset + 24);
        byte[] exif = new byte[6 + body.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(body, 0, exif, 6, body.length);
        return exif;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void degrees(ByteBuffer b, double value) {
        int d = (int) value;
        double minutes = (value - d) * 60;
        int m = (int) minutes;
        int s100 = (int) Math.round((minutes - m) * 60 * 100);
        b.putInt(d).putInt(1).putInt(m).putInt(1).putInt(s100).putInt(100);
    }
}
