package mx.captacion.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Placeholder images of a chosen approximate size, for demos and load tests: a credential, a live
 * photo or a signature. Each person's images differ (their colours, face and strokes come from the
 * person's seed), as real ones would, so that a check for images reused across people does not
 * flag every synthetic record. Only offscreen {@link BufferedImage}s are used, so no display is needed.
 */
public final class SyntheticImages {

    /** What the picture shows. */
    public enum Layout {
        /** A card of the one layout every credential shares, with the person's photo and data in it. */
        CREDENTIAL,
        /** A face against a wall: a live photo. */
        PORTRAIT,
        /** Strokes on white. */
        SIGNATURE
    }

    /**
     * A layout sized once (finding the size takes a dozen encodes), then drawn for many people at
     * one encode each.
     */
    public record Style(Layout layout, String label, String format, double scale, double noiseDensity) {

        /** This style's picture of one person. */
        public byte[] draw(long personSeed) {
            return draw(personSeed, personSeed);
        }

        /**
         * One of a person's pictures: the face comes from {@code personSeed} alone, so a person's
         * credential and live photo show the same face; the rest (card, data, speckle) from
         * {@code imageSeed}, so each picture is still its own.
         */
        public byte[] draw(long personSeed, long imageSeed) {
            return encode(picture(this, scale, noiseDensity, personSeed, imageSeed), format);
        }
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int SEARCH_STEPS = 12;

    private SyntheticImages() {
    }

    public static byte[] png(String label, int approxBytes, long seed) {
        return style(Layout.CREDENTIAL, label, "png", approxBytes, seed).draw(seed);
    }

    public static byte[] jpeg(String label, int approxBytes, long seed) {
        return style(Layout.CREDENTIAL, label, "jpg", approxBytes, seed).draw(seed);
    }

    /**
     * Encoded size grows with the share of noisy pixels, so a bisection on that share lands near the
     * target; the picture is rescaled first when the target is out of reach at 640x400.
     */
    public static Style style(Layout layout, String label, String format, int approxBytes, long seed) {
        if (approxBytes <= 0) {
            throw new IllegalArgumentException("approxBytes debe ser positivo");
        }
        Style style = new Style(layout, label, format, 1, 0);
        double scale = 1;
        for (int attempt = 0; attempt < 3; attempt++) {
            int plain = encode(picture(style, scale, 0, seed, seed), format).length;
            int noisy = encode(picture(style, scale, 1, seed, seed), format).length;
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
        double bestDensity = 0;
        int bestLength = -1;
        for (int step = 0; step < SEARCH_STEPS; step++) {
            double density = (low + high) / 2;
            int length = encode(picture(style, scale, density, seed, seed), format).length;
            if (bestLength < 0 || Math.abs(length - approxBytes) < Math.abs(bestLength - approxBytes)) {
                bestLength = length;
                bestDensity = density;
            }
            if (Math.abs(length - approxBytes) <= approxBytes / 20) {
                break; // each encode costs tens of milliseconds and 5% is close enough for demos
            }
            if (length < approxBytes) {
                low = density;
            } else {
                high = density;
            }
        }
        return new Style(layout, label, format, scale, bestDensity);
    }

    private static BufferedImage picture(Style style, double scale, double noiseDensity, long faceSeed, long seed) {
        int width = Math.max(32, (int) Math.round(WIDTH * scale));
        int height = Math.max(20, (int) Math.round(HEIGHT * scale));
        // RGB without alpha: the JDK JPEG writer rejects images with an alpha channel.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random person = new Random(seed * 0x9E3779B97F4A7C15L + 1);
        Random face = new Random(faceSeed * 0x9E3779B97F4A7C15L + 2);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            switch (style.layout()) {
                case CREDENTIAL -> credential(g, width, height, scale, person, face);
                case PORTRAIT -> face(g, 0, 0, width, height, face);
                case SIGNATURE -> signature(g, width, height, scale, person);
            }
            String label = style.label() == null ? "" : style.label();
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, (int) (22 * scale))));
            FontMetrics metrics = g.getFontMetrics();
            int baseline = (int) (height * 0.95);
            // a light band under the label keeps it readable on a dark picture (a live photo's shoulders)
            g.setColor(new Color(0xF4, 0xF1, 0xEA, 210));
            g.fillRect(width / 20 - 4, baseline - metrics.getAscent() - 2, metrics.stringWidth(label) + 8,
                    metrics.getAscent() + metrics.getDescent() + 4);
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.drawString(label, width / 20, baseline);
        } finally {
            g.dispose();
        }
        // Drawing every pixel's random numbers whatever the density keeps noisy pixels nested as density grows.
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double roll = random.nextDouble();
                int rgb = random.nextInt() | 0x808080; // keep the speckle light so the picture stays readable
                if (roll < noiseDensity) {
                    image.setRGB(x, y, rgb);
                }
            }
        }
        return image;
    }

    private static void credential(Graphics2D g, int width, int height, double scale, Random person, Random face) {
        g.setColor(new Color(0xE4 + person.nextInt(24), 0xE1 + person.nextInt(24), 0xDA + person.nextInt(24)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x8A, 0x1C, 0x4A));
        g.fillRect(0, 0, width, height / 8);
        g.setStroke(new BasicStroke(Math.max(1f, (float) (3 * scale))));
        g.drawRect(1, 1, width - 3, height - 3);
        face(g, width / 20, height / 4, width / 4, height / 2, face);
        // the person's data: lines of "text" as long as their name, address and keys happen to be
        g.setColor(new Color(0x33, 0x33, 0x33));
        int lineHeight = Math.max(2, height / 22);
        for (int line = 0; line < 8; line++) {
            int y = height / 5 + line * height / 12;
            int x = width * 36 / 100;
            while (x < width * 95 / 100) {
                int word = (int) (width * (0.03 + person.nextDouble() * 0.12));
                if (person.nextInt(4) > 0) {
                    g.fillRect(x, y, Math.min(word, width * 95 / 100 - x), lineHeight);
                }
                x += word + width / 60;
            }
        }
    }

    /** A face: wall, shoulders, head and hair, each placed and coloured by the person. */
    private static void face(Graphics2D g, int x, int y, int w, int h, Random person) {
        g.setColor(Color.getHSBColor(person.nextFloat(), 0.1f + 0.4f * person.nextFloat(), 0.4f + 0.6f * person.nextFloat()));
        g.fillRect(x, y, w, h);
        g.setColor(Color.getHSBColor(person.nextFloat(), 0.3f + 0.7f * person.nextFloat(), 0.1f + 0.8f * person.nextFloat()));
        int shoulders = (int) (w * (0.6 + 0.5 * person.nextDouble()));
        int centre = x + (int) (w * (0.3 + 0.4 * person.nextDouble()));
        g.fillOval(centre - shoulders / 2, y + (int) (h * (0.65 + 0.15 * person.nextDouble())), shoulders, h);
        int headWidth = (int) (w * (0.3 + 0.25 * person.nextDouble()));
        int headHeight = (int) (h * (0.4 + 0.25 * person.nextDouble()));
        int headTop = y + (int) (h * (0.1 + 0.2 * person.nextDouble()));
        g.setColor(Color.getHSBColor(0.05f + 0.05f * person.nextFloat(), 0.3f + 0.4f * person.nextFloat(),
                0.35f + 0.6f * person.nextFloat()));
        g.fillOval(centre - headWidth / 2, headTop, headWidth, headHeight);
        g.setColor(Color.getHSBColor(0.08f * person.nextFloat(), 0.5f * person.nextFloat(), 0.05f + 0.5f * person.nextFloat()));
        int hair = (int) (headHeight * (0.2 + 0.4 * person.nextDouble()));
        g.fillArc(centre - headWidth / 2 - w / 40, headTop - h / 30, headWidth + w / 20, hair * 2, 0, 180);
        g.setColor(new Color(0x20, 0x18, 0x10));
        int eye = Math.max(1, headWidth / 9);
        int eyes = headTop + (int) (headHeight * (0.38 + 0.1 * person.nextDouble()));
        g.fillOval(centre - headWidth / 4 - eye / 2, eyes, eye, eye);
        g.fillOval(centre + headWidth / 4 - eye / 2, eyes, eye, eye);
    }

    private static void signature(Graphics2D g, int width, int height, double scale, Random person) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x10, 0x20, 0x60 + person.nextInt(0x60)));
        g.setStroke(new BasicStroke((float) ((3 + 5 * person.nextDouble()) * scale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        Path2D stroke = new Path2D.Double();
        stroke.moveTo(width * (0.05 + 0.2 * person.nextDouble()), height * (0.2 + 0.6 * person.nextDouble()));
        int curves = 4 + person.nextInt(6);
        for (int i = 0; i < curves; i++) {
            stroke.curveTo(width * person.nextDouble(), height * person.nextDouble(),
                    width * person.nextDouble(), height * person.nextDouble(),
                    width * (0.1 + 0.85 * person.nextDouble()), height * (0.15 + 0.7 * person.nextDouble()));
        }
        g.draw(stroke);
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
