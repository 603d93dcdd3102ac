package mx.captacion.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Placeholder credential images of a chosen approximate size, for demos and load tests. Only offscreen
 * {@link BufferedImage}s are used, so no display is needed.
 */
public final class SyntheticImages {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int SEARCH_STEPS = 12;

    private SyntheticImages() {
    }

    public static byte[] png(String label, int approxBytes, long seed) {
        return sized(label, approxBytes, seed, "png");
    }

    public static byte[] jpeg(String label, int approxBytes, long seed) {
        return sized(label, approxBytes, seed, "jpg");
    }

    /**
     * Encoded size grows with the share of noisy pixels, so a bisection on that share lands near the
     * target; the card is rescaled first when the target is out of reach at 640x400.
     */
    private static byte[] sized(String label, int approxBytes, long seed, String format) {
        if (approxBytes <= 0) {
            throw new IllegalArgumentException("approxBytes debe ser positivo");
        }
        double scale = 1;
        for (int attempt = 0; attempt < 3; attempt++) {
            int plain = encode(card(label, scale, seed, 0), format).length;
            int noisy = encode(card(label, scale, seed, 1), format).length;
            if (approxBytes < plain) {
                scale *= Math.max(0.1, Math.sqrt((double) approxBytes / plain));
            } else if (approxBytes > noisy) {
                scale *= Math.min(4, Math.sqrt((double) approxBytes / noisy));
            } else {
                break;
            }
        }
        double low = 0;
        double high = 1;
        byte[] best = null;
        for (int step = 0; step < SEARCH_STEPS; step++) {
            double density = (low + high) / 2;
            byte[] candidate = encode(card(label, scale, seed, density), format);
            if (best == null || Math.abs(candidate.length - approxBytes) < Math.abs(best.length - approxBytes)) {
                best = candidate;
            }
            if (Math.abs(candidate.length - approxBytes) <= approxBytes / 20) {
                break; // each encode costs tens of milliseconds and 5% is close enough for demos
            }
            if (candidate.length < approxBytes) {
                low = density;
            } else {
                high = density;
            }
        }
        return best;
    }

    private static BufferedImage card(String label, double scale, long seed, double noiseDensity) {
        int width = Math.max(32, (int) Math.round(WIDTH * scale));
        int height = Math.max(20, (int) Math.round(HEIGHT * scale));
        // RGB without alpha: the JDK JPEG writer rejects images with an alpha channel.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF4, 0xF1, 0xEA));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x8A, 0x1C, 0x4A));
            g.fillRect(0, 0, width, height / 8);
            g.setStroke(new BasicStroke(Math.max(1f, (float) (3 * scale))));
            g.drawRect(1, 1, width - 3, height - 3);
            g.setColor(new Color(0xC8, 0xC4, 0xBA));
            g.fillRect(width / 20, height / 4, width / 4, height / 2); // photo placeholder
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, (int) (22 * scale))));
            g.drawString(label == null ? "" : label, width / 20, (int) (height * 0.9));
        } finally {
            g.dispose();
        }
        // Drawing every pixel's random numbers whatever the density keeps noisy pixels nested as density grows.
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double roll = random.nextDouble();
                int rgb = random.nextInt() | 0x808080; // keep the speckle light so the card stays readable
                if (roll < noiseDensity) {
                    image.setRGB(x, y, rgb);
                }
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No hay codificador de imágenes para " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
