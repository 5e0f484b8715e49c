package vn.smartcity.ioc.violation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The public evidence image: sharp only where the vehicle is; everything else flat blocks. */
class PublicEvidenceImageTest {

    /** A 1280x720 PNG of fine black-and-white stripes (1 pixel): any detail there is survives only if kept sharp. */
    private static byte[] stripes() throws Exception {
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                img.setRGB(x, y, x % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Mean absolute difference of neighbouring pixels (red channel) in a region: high for stripes, ~0 for flat. */
    private static double detail(BufferedImage img, Rectangle r) {
        double sum = 0;
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width - 1; x++) {
                sum += Math.abs(((img.getRGB(x, y) >> 16) & 0xff) - ((img.getRGB(x + 1, y) >> 16) & 0xff));
                n++;
            }
        }
        return sum / n;
    }

    private static BufferedImage render(byte[] image, String box) throws Exception {
        byte[] jpeg = PublicEvidenceImage.render(image, box).orElseThrow();
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1], "a JPEG");
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Test
    void theVehicleStaysSharpAndTheRestIsFlatBlocks() throws Exception {
        // the vehicle at x 400-600, y 300-420 (normalised box), kept below its top 40 % with a tenth of its size around it
        BufferedImage out = render(stripes(), "0.3125,0.41667,0.15625,0.16667");
        assertEquals(1280, out.getWidth());
        assertTrue(detail(out, new Rectangle(420, 350, 160, 80)) > 60, "the vehicle's lower part (its plate) is as sharp as it was");
        assertTrue(detail(out, new Rectangle(420, 300, 160, 40)) < 12, "its top (a rider's or driver's head) is not");
        assertTrue(detail(out, new Rectangle(0, 0, 300, 200)) < 12, "elsewhere nothing can be made out");
        assertTrue(detail(out, new Rectangle(700, 500, 400, 200)) < 12);
    }

    @Test
    void aBoxInPixelsWorksTheSame() throws Exception {
        BufferedImage out = render(stripes(), "400,300,200,120");
        assertTrue(detail(out, new Rectangle(420, 350, 160, 80)) > 60);
        assertTrue(detail(out, new Rectangle(0, 0, 300, 200)) < 12);
    }

    @Test
    void withoutABoxTheWholeImageIsBlurred() throws Exception {
        for (String box : new String[] {null, "", "1,2,3", "a,b,c,d", "-1,0,1,1"}) {
            BufferedImage out = render(stripes(), box);
            assertTrue(detail(out, new Rectangle(0, 0, 1280, 720)) < 12, "box " + box);
        }
    }

    @Test
    void theKeptPartIsWidenedAndClipped() {
        assertEquals(new Rectangle(380, 348, 240, 84), PublicEvidenceImage.keep("400,300,200,120", 1280, 720));
        assertEquals(new Rectangle(0, 23, 110, 43), PublicEvidenceImage.keep("0,0,0.078125,0.083333", 1280, 720), "clipped at the edge");
        assertNull(PublicEvidenceImage.keep("2000,2000,10,10", 1280, 720), "outside the image");
    }

    @Test
    void anUnreadableImageGivesNothing() {
        assertTrue(PublicEvidenceImage.render(new byte[] {1, 2, 3}, null).isEmpty());
        assertTrue(PublicEvidenceImage.render(null, "0,0,1,1").isEmpty());
    }
}
