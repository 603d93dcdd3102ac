package mx.captacion.records.internal;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

import mx.captacion.platform.ImageFiles;

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

    /**
     * The hash of encoded image bytes (JPEG or PNG), or empty when they cannot be decoded. A
     * baseline JPEG is not decoded at all: its blocks' DC coefficients are its 8x8 means of luma,
     * and the blocks a cell boundary cuts keep the few AC coefficients that split them exactly
     * ({@link JpegDcLuma}) — all a 17x16 box average needs, for about half a full decode's CPU
     * (issue 15; the hash is within a bit or two of the whole decode's). Any other image
     * (progressive JPEG, PNG, anything JpegDcLuma does not read) is decoded whole by ImageIO.
     */
    public static Optional<PerceptualHash> of(byte[] bytes) {
        JpegDcLuma blocks = JpegDcLuma.decode(bytes, COLUMNS, ROWS);
        if (blocks != null) {
            if (blocks.width < COLUMNS || blocks.height < ROWS) {
                return Optional.empty();
            }
            return Optional.of(of(shrink(blocks)));
        }
        return decodingWholeImage(bytes);
    }

    /** The hash of the fully decoded image, as before the DC-only path: for what it cannot read, and to compare. */
    static Optional<PerceptualHash> decodingWholeImage(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(ImageFiles.inMemory(bytes)); // closes the stream itself
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null || image.getWidth() < COLUMNS || image.getHeight() < ROWS) {
            return Optional.empty();
        }
        return Optional.of(of(image));
    }

    static PerceptualHash of(BufferedImage image) {
        return of(shrink(image));
    }

    private static PerceptualHash of(double[][] grey) {
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
     *
     * <p>Luma in thousandths, summed exactly as integers: each row's red, green and blue are summed
     * per cell and weighed once, which is the same sum as weighing every pixel (integer arithmetic
     * is exact) at a fraction of the work — per pixel it was the intake's largest cost (JFR, 20,000
     * records: a third of the intake's samples in this method).
     */
    private static double[][] shrink(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        long[][] sum = new long[ROWS][COLUMNS];
        int[][] count = new int[ROWS][COLUMNS];
        int[] bounds = cellBounds(width, COLUMNS);
        Pixels pixels = Pixels.of(image);
        long[] red = new long[COLUMNS];
        long[] green = new long[COLUMNS];
        long[] blue = new long[COLUMNS];
        for (int y = 0; y < height; y++) {
            Arrays.fill(red, 0);
            Arrays.fill(green, 0);
            Arrays.fill(blue, 0);
            pixels.sumRow(y, bounds, red, green, blue);
            int cy = (int) ((long) y * ROWS / height);
            for (int x = 0; x < COLUMNS; x++) {
                // ITU-R BT.601 luma, the grey a photocopy keeps
                sum[cy][x] += 299L * red[x] + 587L * green[x] + 114L * blue[x];
                count[cy][x] += bounds[x + 1] - bounds[x];
            }
        }
        double[][] mean = new double[ROWS][COLUMNS];
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                mean[y][x] = sum[y][x] / 1000.0 / Math.max(1, count[y][x]);
            }
        }
        return mean;
    }

    /**
     * The same box averages from a JPEG's coefficients: a block inside one cell adds its mean times
     * 64, a block cut by cell boundaries (or by the image's edge) adds to each cell the sum of its
     * part there ({@link JpegDcLuma#sum}, from the coefficients that cut needs). The cells are the same
     * pixel ranges as {@link #shrink(BufferedImage)}'s. Block means alone (each block wholly in the
     * cell of most of its pixels) were tried first: a rescaled copy's blocks fall differently on
     * the grid and its hash moved up to 23 bits.
     *
     * <p>A greyscale JPEG's samples go through the grey colour model's brightening, as
     * {@code getRGB} of the decoded image does, so its hash stays near the one stored before:
     * linearized around each block's mean.
     */
    private static double[][] shrink(JpegDcLuma blocks) {
        int width = blocks.width;
        int height = blocks.height;
        int[] columns = cellBounds(width, COLUMNS);
        int[] rows = cellBounds(height, ROWS);
        double[][] sum = new double[ROWS][COLUMNS];
        for (int by = 0; by < blocks.blocksHigh(); by++) {
            int top = by * 8;
            int bottom = Math.min(height, top + 8);
            for (int bx = 0; bx < blocks.blocksWide(); bx++) {
                int left = bx * 8;
                int right = Math.min(width, left + 8);
                double mean = blocks.mean(bx, by);
                for (int y = cellOf(rows, top); y < ROWS && rows[y] < bottom; y++) {
                    int y0 = Math.max(top, rows[y]) - top;
                    int y1 = Math.min(bottom, rows[y + 1]) - top;
                    for (int x = cellOf(columns, left); x < COLUMNS && columns[x] < right; x++) {
                        int x0 = Math.max(left, columns[x]) - left;
                        int x1 = Math.min(right, columns[x + 1]) - left;
                        double part = blocks.sum(bx, by, x0, x1, y0, y1);
                        if (blocks.grey) {
                            int pixels = (x1 - x0) * (y1 - y0);
                            part = brightenedGrey(mean) * pixels + greySlope(mean) * (part - mean * pixels);
                        }
                        sum[y][x] += part;
                    }
                }
            }
        }
        double[][] mean = new double[ROWS][COLUMNS];
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                long pixels = (long) (columns[x + 1] - columns[x]) * (rows[y + 1] - rows[y]);
                mean[y][x] = sum[y][x] / Math.max(1, pixels);
            }
        }
        return mean;
    }

    /** The cell whose pixel range holds {@code pixel}. */
    private static int cellOf(int[] bounds, int pixel) {
        int cell = 0;
        while (bounds[cell + 1] <= pixel) {
            cell++;
        }
        return cell;
    }

    /** Cell i of {@code cells} holds pixels {@code bounds[i]} to {@code bounds[i + 1] - 1}: those p with p * cells / size == i. */
    private static int[] cellBounds(int size, int cells) {
        int[] bounds = new int[cells + 1];
        for (int i = 0, p = 0; p < size; p++) {
            while ((long) p * cells / size > i) {
                bounds[++i] = p;
            }
        }
        bounds[cells] = size;
        return bounds;
    }

    /** What {@code getRGB} answers for each level of a decoded greyscale image (its colour space is linear grey). */
    private static final int[] GREY_LEVELS = greyLevels();

    private static int[] greyLevels() {
        ColorModel grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).getColorModel();
        int[] levels = new int[256];
        for (int level = 0; level < 256; level++) {
            levels[level] = grey.getRGB(level) & 0xFF;
        }
        return levels;
    }

    /** A fractional grey level brightened as getRGB would, between the two levels around it. */
    private static double brightenedGrey(double level) {
        int below = greyBelow(level);
        double fraction = Math.max(0, Math.min(1, level - below));
        return GREY_LEVELS[below] + fraction * (GREY_LEVELS[below + 1] - GREY_LEVELS[below]);
    }

    /** How fast the brightening rises at {@code level}: brightened levels per grey level. */
    private static double greySlope(double level) {
        int below = greyBelow(level);
        return GREY_LEVELS[below + 1] - GREY_LEVELS[below];
    }

    private static int greyBelow(double level) {
        return Math.max(0, Math.min(254, (int) Math.floor(level)));
    }

    /**
     * One row of an image summed per cell, channel by channel, from the same values
     * {@code BufferedImage.getRGB} answers. getRGB converts every pixel through the ColorModel (39 %
     * of the platform's CPU samples at ingestion): the layouts ImageIO decodes JPEGs and PNGs into are
     * read from the raster's array instead; any other layout keeps getRGB.
     */
    private interface Pixels {

        /** Adds row {@code y}'s channels of the columns of cell x ({@code bounds[x]} to {@code bounds[x + 1]}) to index x. */
        void sumRow(int y, int[] bounds, long[] red, long[] green, long[] blue);

        static Pixels of(BufferedImage image) {
            int width = image.getWidth();
            WritableRaster raster = image.getRaster();
            DataBuffer buffer = raster.getDataBuffer();
            int type = image.getType();
            if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                    && buffer instanceof DataBufferInt ints && ints.getNumBanks() == 1
                    && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model) {
                int[] data = ints.getData();
                int stride = model.getScanlineStride();
                int origin = ints.getOffset() - raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX();
                // getRGB of TYPE_INT_ARGB is the array itself; luma ignores the alpha byte either way
                return (y, bounds, red, green, blue) -> sumPacked(data, origin + y * stride, bounds, red, green, blue);
            }
            if ((type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY)
                    && buffer instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
                    && raster.getSampleModel() instanceof ComponentSampleModel model) {
                byte[] data = bytes.getData();
                int stride = model.getScanlineStride();
                int step = model.getPixelStride();
                int[] offsets = model.getBandOffsets();
                int origin = bytes.getOffset() - raster.getSampleModelTranslateY() * stride
                        - raster.getSampleModelTranslateX() * step;
                if (type == BufferedImage.TYPE_3BYTE_BGR) {
                    int r = offsets[0];
                    int g = offsets[1];
                    int b = offsets[2];
                    return (y, bounds, red, green, blue) -> {
                        int i = origin + y * stride;
                        for (int x = 0; x < COLUMNS; x++) {
                            long sr = 0;
                            long sg = 0;
                            long sb = 0;
                            for (int column = bounds[x]; column < bounds[x + 1]; column++, i += step) {
                                sr += data[i + r] & 0xFF;
                                sg += data[i + g] & 0xFF;
                                sb += data[i + b] & 0xFF;
                            }
                            red[x] += sr;
                            green[x] += sg;
                            blue[x] += sb;
                        }
                    };
                }
                // the grey colour space is linear: getRGB brightens each level to sRGB, so a table of
                // the colour model's own 256 answers keeps the hash what it was
                int[] levels = new int[256];
                ColorModel colors = image.getColorModel();
                for (int level = 0; level < 256; level++) {
                    levels[level] = colors.getRGB(level);
                }
                int k = offsets[0];
                int[] row = new int[width];
                return (y, bounds, red, green, blue) -> {
                    for (int x = 0, i = origin + y * stride + k; x < width; x++, i += step) {
                        row[x] = levels[data[i] & 0xFF];
                    }
                    sumPacked(row, 0, bounds, red, green, blue);
                };
            }
            int[] row = new int[width];
            return (y, bounds, red, green, blue) -> {
                image.getRGB(0, y, width, 1, row, 0, width);
                sumPacked(row, 0, bounds, red, green, blue);
            };
        }

        /** Sums packed RGB pixels starting at {@code offset}, cell by cell. */
        private static void sumPacked(int[] pixels, int offset, int[] bounds, long[] red, long[] green, long[] blue) {
            int i = offset;
            for (int x = 0; x < COLUMNS; x++) {
                long sr = 0;
                long sg = 0;
                long sb = 0;
                for (int column = bounds[x]; column < bounds[x + 1]; column++, i++) {
                    int rgb = pixels[i];
                    sr += (rgb >> 16) & 0xFF;
                    sg += (rgb >> 8) & 0xFF;
                    sb += rgb & 0xFF;
                }
                red[x] += sr;
                green[x] += sg;
                blue[x] += sb;
            }
        }
    }

    /** How many bits differ: 0 for the same picture, about 128 for unrelated ones. */
    public int distance(PerceptualHash other) {
        return Long.bitCount(h0 ^ other.h0) + Long.bitCount(h1 ^ other.h1) + Long.bitCount(h2 ^ other.h2)
                + Long.bitCount(h3 ^ other.h3);
    }

    /** One of {@code count} equal bands of the hash (count divides 256 and is at least 8), as an int. */
    public int band(int index, int count) {
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
