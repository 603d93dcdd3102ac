package mx.captacion.records;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * A 256-bit difference hash (dHash) of an image: the image in grey, shrunk to 17x16 by averaging
 * each cell's pixels, and one bit per pair of horizontal neighbours (is the left one darker?). It
 * survives what a copy does to an image — re-encoding, rescaling, a brighter or greyer copy — and
 * two pictures look alike when few bits differ. 256 bits rather than the usual 64 because
 * credential fronts share one layout: the bits that tell two people apart are the photo's and
 * the text's, and 64 bits leave too few of them.
 */
public record PerceptualHash(long h0, long h1, long h2, long h3) {

    static final int BITS = 256;
    private static final int COLUMNS = 17;
    private static final int ROWS = 16;
    /** Neighbours closer than this (of 255 grey levels) count as equal: flat areas then give stable zeros, not noise. */
    private static final double FLAT = 2;

    /** The hash of encoded image bytes (JPEG or PNG), or empty when they cannot be decoded. */
    public static Optional<PerceptualHash> of(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null || image.getWidth() < COLUMNS || image.getHeight() < ROWS) {
            return Optional.empty();
        }
        return Optional.of(of(image));
    }

    static PerceptualHash of(BufferedImage image) {
        double[][] grey = shrink(image);
        long[] words = new long[4];
        int bit = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS - 1; x++, bit++) {
                if (grey[y][x + 1] - grey[y][x] > FLAT) {
                    words[bit >>> 6] |= 1L << (bit & 63);
                }
            }
        }
        return new PerceptualHash(words[0], words[1], words[2], words[3]);
    }

    /**
     * Box averages, not a scaled drawing: a drawing samples a few pixels per cell, so one speck or
     * one JPEG block could flip a bit; an average of all of a cell's pixels does not.
     */
    private static double[][] shrink(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[][] sum = new double[ROWS][COLUMNS];
        int[][] count = new int[ROWS][COLUMNS];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            int cy = (int) ((long) y * ROWS / height);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                // ITU-R BT.601 luma, the grey a photocopy keeps
                double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                int cx = (int) ((long) x * COLUMNS / width);
                sum[cy][cx] += luma;
                count[cy][cx]++;
            }
        }
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                sum[y][x] /= Math.max(1, count[y][x]);
            }
        }
        return sum;
    }

    /** How many bits differ: 0 for the same picture, about 128 for unrelated ones. */
    public int distance(PerceptualHash other) {
        return Long.bitCount(h0 ^ other.h0) + Long.bitCount(h1 ^ other.h1) + Long.bitCount(h2 ^ other.h2)
                + Long.bitCount(h3 ^ other.h3);
    }

    /** One of {@code count} equal bands of the hash (count divides 256 and is at least 8), as an int. */
    int band(int index, int count) {
        int width = BITS / count;
        long word = switch (index * width / 64) {
            case 0 -> h0;
            case 1 -> h1;
            case 2 -> h2;
            default -> h3;
        };
        int shift = (index * width) % 64;
        long mask = width == 64 ? -1L : (1L << width) - 1;
        return (int) ((word >>> shift) & mask);
    }
}
