package vn.smartcity.ioc.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The evidence image of the demo's violation candidates: a drawn street at a stop line with a car (JPEG). */
final class DemoImage {

    private DemoImage() {
    }

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(70, 110, 60));
            g.fillRect(0, 0, 640, 360);
            g.setColor(new Color(80, 80, 85));
            g.fillRect(0, 120, 640, 160);
            g.setColor(Color.WHITE);
            g.fillRect(420, 120, 8, 160);
            for (int x = 0; x < 640; x += 60) {
                g.fillRect(x, 198, 30, 4);
            }
            g.setColor(new Color(180, 30, 30));
            g.fillRoundRect(300, 215, 150, 55, 18, 18);
            g.setColor(new Color(240, 240, 240));
            g.fillRect(340, 250, 70, 16);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 11));
            g.drawString("DEMO", 358, 262);
            g.setColor(Color.RED);
            g.fillOval(600, 60, 24, 24);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
