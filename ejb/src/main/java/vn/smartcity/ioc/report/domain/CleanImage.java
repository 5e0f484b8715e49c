package vn.smartcity.ioc.report.domain;

/**
 * An uploaded image after the checks: its real type (from its content, not its name), its size in pixels,
 * the re-encoded bytes without EXIF/XMP/comments, and where it was taken (the EXIF GPS position before it
 * was stripped), if it said so.
 */
public record CleanImage(String contentType, byte[] bytes, int width, int height, String sha256,
                         Double latitude, Double longitude) {

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
