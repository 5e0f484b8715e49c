package vn.smartcity.ioc.report.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;

import vn.smartcity.ioc.report.domain.CleanImage;
import vn.smartcity.ioc.report.domain.PhotoCleaner;
import vn.smartcity.ioc.report.domain.PhotoCleaner.RejectedPhoto;

class MetadataFreePhotoCleanerTest {

    final PhotoCleaner cleaner = new MetadataFreePhotoCleaner();

    @Test
    void aJpegGivesItsGpsPositionAndLosesAllMetadata() throws Exception {
        byte[] upload = PhotoFixtures.jpegWithGps(22.3950, 103.4600, 1);
        assertTrue(contains(upload, "SecretCam") && contains(upload, "Nguyen Van A"), "the fixture carries metadata");
        assertTrue(ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                .getFirstDirectoryOfType(GpsDirectory.class) != null, "and a GPS block");

        CleanImage clean = cleaner.clean(upload);
        assertEquals("image/jpeg", clean.contentType());
        assertEquals(22.3950, clean.latitude(), 1e-4);
        assertEquals(103.4600, clean.longitude(), 1e-4);
        assertFalse(contains(clean.bytes(), "Exif"), "no EXIF block");
        assertFalse(contains(clean.bytes(), "SecretCam"), "no camera make");
        assertFalse(contains(clean.bytes(), "Nguyen Van A"), "no comment");
        assertNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(clean.bytes()))
                .getFirstDirectoryOfType(GpsDirectory.class), "no GPS left");
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
    }

    @Test
    void theExifOrientationIsAppliedBeforeItIsDropped() throws Exception {
        CleanImage turned = cleaner.clean(PhotoFixtures.jpegWithGps(22.39, 103.46, 6));
        assertEquals(48, turned.width(), "rotated a quarter turn: 64x48 becomes 48x64");
        assertEquals(64, turned.height());
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        byte[] upload = PhotoFixtures.pngWithText();
        assertTrue(contains(upload, "SecretCam"));
        CleanImage clean = cleaner.clean(upload);
        assertEquals("image/png", clean.contentType());
        assertFalse(contains(clean.bytes(), "SecretCam"));
        assertNull(clean.latitude());
    }

    @Test
    void aWebpKeepsOnlyItsImageChunks() throws Exception {
        byte[] upload = PhotoFixtures.webpWithMetadata();
        CleanImage clean = cleaner.clean(upload);
        assertEquals("image/webp", clean.contentType());
        assertEquals(1, clean.width());
        assertFalse(contains(clean.bytes(), "SecretCam"));
        assertFalse(contains(clean.bytes(), "EXIF"));
        assertTrue(contains(clean.bytes(), "VP8L"));
        assertEquals(0, clean.bytes()[20] & 0x0C, "VP8X no longer announces EXIF or XMP");
    }

    @Test
    void somethingThatIsNotAPhotoIsRefusedWhateverItsName() {
        RejectedPhoto html = assertThrows(RejectedPhoto.class, () -> cleaner.clean(PhotoFixtures.htmlPretendingToBeAnImage()));
        assertEquals(PhotoCleaner.Rejection.NOT_AN_IMAGE, html.reason());
        byte[] truncated = java.util.Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        assertEquals(PhotoCleaner.Rejection.UNREADABLE,
                assertThrows(RejectedPhoto.class, () -> cleaner.clean(truncated)).reason());
        assertEquals(PhotoCleaner.Rejection.TOO_LARGE,
                assertThrows(RejectedPhoto.class, () -> cleaner.clean(new byte[6 * 1024 * 1024])).reason());
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
