package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.NodeList;

/**
 * The DC-only reading of a JPEG against ImageIO's full decode: each 8x8 block's mean luma from the
 * DC coefficient must be the mean of the decoded pixels' luma over that block (those inside the
 * image), for the layouts ImageIO's writer makes — chroma subsampled 4:2:0 (its default), 4:2:2 and
 * 4:4:4, greyscale (a non-interleaved scan), sizes that are not multiples of 8 or 16, restart
 * intervals. What it cannot read (progressive, PNG, a cut file) it refuses, for ImageIO to decode.
 */
class JpegDcLumaTest {

    /**
     * How far a DC mean may be from the mean of ImageIO's decoded luma samples over the same block.
     * The two are the same number but for rounding — except where the full decode clamps: black
     * text on a light card rings below 0 (or white above 255) after the IDCT, ImageIO clamps those
     * samples, and that block's decoded mean is then a few levels off the DC (up to 7 in these
     * pictures). So: small on average, within one level for nearly every block, and a bound on the
     * few clamped ones.
     */
    private static final double MEAN_TOLERANCE = 0.3;
    private static final double BLOCK_TOLERANCE = 1.0;
    private static final double SHARE_WITHIN = 0.95;
    private static final double CLAMPED_TOLERANCE = 12;
    /**
     * A block cut by the image's right or bottom edge: the DC is the mean of all 64 samples, the
     * decoded mean only of those inside, and the encoder's padding (edge pixels repeated) is itself
     * compressed, so the two drift apart a little more there (the test pictures' last column is busy
     * on purpose).
     */
    private static final double EDGE_MEAN_TOLERANCE = 0.5;

    @ParameterizedTest(name = "{0}x{1}, luma sampling {2}x{3}, restart every {4} MCUs, quality {5}")
    @CsvSource({
            "640, 400, 2, 2, 0, 0.75", // ImageIO's default: 4:2:0
            "203, 117, 2, 2, 0, 0.75", // 4:2:0, neither side a multiple of 16
            "203, 117, 2, 2, 3, 0.9", // with restart markers
            "641, 399, 2, 2, 1, 0.5", // a restart marker after every MCU
            "203, 117, 1, 1, 0, 0.75", // 4:4:4
            "199, 121, 1, 1, 5, 0.95", // 4:4:4 with restarts
            "203, 117, 2, 1, 7, 0.75", // 4:2:2 with restarts
    })
    void colourBlockMeansAgreeWithTheFullDecode(int width, int height, int h, int v, int restart, float quality) {
        byte[] jpeg = write(picture(width, height, 7L * width + height), h, v, restart, quality);
        compare(jpeg, false);
    }

    @ParameterizedTest(name = "greyscale {0}x{1}, restart every {2} MCUs")
    @CsvSource({"640, 400, 0", "203, 117, 0", "97, 61, 4"})
    void greyBlockMeansAgreeWithTheFullDecode(int width, int height, int restart) {
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(picture(width, height, 11L * width), 0, 0, null);
        g.dispose();
        byte[] jpeg = write(grey, 1, 1, restart, 0.75f);
        compare(jpeg, true);
    }

    @Test
    void whatItCannotReadItLeavesToImageIo() throws IOException {
        BufferedImage image = picture(203, 117, 3);
        // progressive
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        byte[] progressive = encode(writer, image, null, param);
        assertThat(ImageIO.read(new ByteArrayInputStream(progressive))).isNotNull();
        assertThat(JpegDcLuma.decode(progressive, 17, 16)).isNull();
        // PNG
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThat(JpegDcLuma.decode(png.toByteArray(), 17, 16)).isNull();
        // cut short in the middle of the scan, and cut anywhere at all
        byte[] baseline = write(image, 2, 2, 0, 0.75f);
        assertThat(JpegDcLuma.decode(Arrays.copyOf(baseline, baseline.length * 2 / 3), 17, 16)).isNull();
        for (int length = 0; length < baseline.length; length += 37) {
            assertThat(JpegDcLuma.decode(Arrays.copyOf(baseline, length), 17, 16)).as("cut at %d", length).isNull();
        }
        assertThat(JpegDcLuma.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 17, 16)).isNull();
    }

    /** Garbage in the scan must end in null or in some answer, never an exception or a hang. */
    @Test
    void corruptScansDoNotThrow() {
        byte[] baseline = write(picture(203, 117, 9), 2, 2, 4, 0.75f);
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
            byte[] corrupt = baseline.clone();
            for (int flips = 0; flips < 1 + random.nextInt(5); flips++) {
                int at = random.nextInt(corrupt.length);
                corrupt[at] = (byte) random.nextInt(256);
            }
            JpegDcLuma.decode(corrupt, 17, 16); // null or not: it answers
        }
    }

    private static void compare(byte[] jpeg, boolean grey) {
        JpegDcLuma blocks = JpegDcLuma.decode(jpeg, 17, 16);
        assertThat(blocks).as("a baseline JPEG is read").isNotNull();
        Raster samples = rawSamples(jpeg);
        BufferedImage decoded = read(jpeg);
        assertThat(blocks.width).isEqualTo(decoded.getWidth());
        assertThat(blocks.height).isEqualTo(decoded.getHeight());
        assertThat(blocks.grey).isEqualTo(grey);
        double[][] rgbLuma = luma(decoded);
        Differences whole = new Differences();
        Differences cut = new Differences();
        Differences fromRgb = new Differences();
        Differences parts = new Differences();
        for (int by = 0; by < blocks.blocksHigh(); by++) {
            for (int bx = 0; bx < blocks.blocksWide(); bx++) {
                double sum = 0;
                double rgbSum = 0;
                int count = 0;
                for (int y = by * 8; y < Math.min(decoded.getHeight(), by * 8 + 8); y++) {
                    for (int x = bx * 8; x < Math.min(decoded.getWidth(), bx * 8 + 8); x++) {
                        sum += samples.getSample(x, y, 0);
                        rgbSum += rgbLuma[y][x];
                        count++;
                    }
                }
                double dc = blocks.mean(bx, by);
                // a whole block's DC against the samples it covers; a block the image's edge cuts
                // against the samples inside, by the kept coefficients (its DC alone would be the
                // mean of the encoder's padding too)
                double computed = count < 64 ? blocks.sum(bx, by, 0, Math.min(8, decoded.getWidth() - bx * 8), 0,
                        Math.min(8, decoded.getHeight() - by * 8)) / count : dc;
                (count < 64 ? cut : whole).add(Math.abs(sum / count - computed));
                pieces(blocks, bx, by, samples, parts);
                if (!grey) {
                    fromRgb.add(Math.abs(rgbSum / count - dc));
                }
            }
        }
        System.out.printf("%dx%d %s: DC mean vs decoded luma samples' block mean: whole blocks %s; cut by the edge %s;"
                + " pieces the 17x16 grid cuts out of blocks %s%s%n", blocks.width, blocks.height, grey ? "grey" : "colour",
                whole, cut, parts, grey ? "" : "; vs the luma of the decoded RGB (what the hash read) " + fromRgb);
        assertThat(parts.mean()).isLessThanOrEqualTo(MEAN_TOLERANCE);
        assertThat(parts.max).isLessThanOrEqualTo(CLAMPED_TOLERANCE);
        assertThat(whole.mean()).isLessThanOrEqualTo(MEAN_TOLERANCE);
        assertThat(whole.shareWithin(BLOCK_TOLERANCE)).isGreaterThanOrEqualTo(SHARE_WITHIN);
        assertThat(whole.max).isLessThanOrEqualTo(CLAMPED_TOLERANCE);
        assertThat(cut.mean()).isLessThanOrEqualTo(EDGE_MEAN_TOLERANCE);
        assertThat(cut.max).isLessThanOrEqualTo(CLAMPED_TOLERANCE);
    }

    /**
     * The pieces the hash's 17x16 grid (and the image's edge) cuts out of block (bx, by): the mean
     * {@link JpegDcLuma#sum} gives for each against the decoded samples' mean there.
     */
    private static void pieces(JpegDcLuma blocks, int bx, int by, Raster samples, Differences parts) {
        int left = bx * 8;
        int top = by * 8;
        int right = Math.min(blocks.width, left + 8);
        int bottom = Math.min(blocks.height, top + 8);
        for (int y0 = top; y0 < bottom; ) {
            int y1 = y0;
            while (y1 < bottom && (long) y1 * 16 / blocks.height == (long) y0 * 16 / blocks.height) {
                y1++;
            }
            for (int x0 = left; x0 < right; ) {
                int x1 = x0;
                while (x1 < right && (long) x1 * 17 / blocks.width == (long) x0 * 17 / blocks.width) {
                    x1++;
                }
                if (x1 - x0 < 8 || y1 - y0 < 8) {
                    double sum = 0;
                    for (int y = y0; y < y1; y++) {
                        for (int x = x0; x < x1; x++) {
                            sum += samples.getSample(x, y, 0);
                        }
                    }
                    int area = (x1 - x0) * (y1 - y0);
                    double computed = blocks.sum(bx, by, x0 - left, x1 - left, y0 - top, y1 - top) / area;
                    parts.add(Math.abs(sum / area - computed));
                }
                x0 = x1;
            }
            y0 = y1;
        }
    }

    /** Absolute differences, block by block. */
    private static final class Differences {
        private double sum;
        private double max;
        private int count;
        private int within;

        void add(double difference) {
            sum += difference;
            max = Math.max(max, difference);
            count++;
            if (difference <= BLOCK_TOLERANCE) {
                within++;
            }
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        double shareWithin(double tolerance) {
            return count == 0 ? 1 : (double) within / count;
        }

        @Override
        public String toString() {
            return String.format("mean %.3f, max %.2f, %.1f %% within %.1f (%d blocks)", mean(), max,
                    100.0 * shareWithin(BLOCK_TOLERANCE), BLOCK_TOLERANCE, count);
        }
    }

    /** ImageIO's decoded samples before any colour conversion: band 0 is the luma (Y) itself. */
    private static Raster rawSamples(byte[] jpeg) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            return reader.readRaster(0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    /** The decoded RGB pixels' BT.601 luma, as the hash computes it. */
    private static double[][] luma(BufferedImage image) {
        double[][] luma = new double[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                luma[y][x] = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return luma;
    }

    /** Something like the intake's pictures: flat colours, gradients, strokes, text and speckle. */
    static BufferedImage picture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt()), width, height, new Color(random.nextInt())));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt()));
            g.setStroke(new BasicStroke(1 + random.nextInt(6)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            if (i % 3 == 0) {
                g.fillOval(x, y, random.nextInt(width / 2 + 1), random.nextInt(height / 2 + 1));
            } else {
                g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, height / 8)));
        g.drawString("MUESTRA 0123", width / 10, height / 2);
        g.dispose();
        for (int i = 0; i < width * height / 20; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt() | 0x808080);
        }
        return image;
    }

    /**
     * A baseline JPEG from ImageIO's writer, its frame set through the native metadata: the luma's
     * sampling factors (the chroma's stay 1x1) and a DRI segment. (One scan per component is not
     * covered for colour: given three SOS segments the JDK's writer writes a progressive file. A
     * greyscale JPEG's single-component scan takes the same non-interleaved path.)
     */
    static byte[] write(BufferedImage image, int h, int v, int restart, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode sof = (IIOMetadataNode) markers.getElementsByTagName("sof").item(0);
        NodeList specs = sof.getElementsByTagName("componentSpec");
        IIOMetadataNode luma = (IIOMetadataNode) specs.item(0);
        luma.setAttribute("HsamplingFactor", Integer.toString(h));
        luma.setAttribute("VsamplingFactor", Integer.toString(v));
        if (restart > 0) {
            IIOMetadataNode dri = new IIOMetadataNode("dri");
            dri.setAttribute("interval", Integer.toString(restart));
            markers.insertBefore(dri, sof);
        }
        try {
            metadata.setFromTree(format, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return encode(writer, image, metadata, param);
    }

    private static byte[] encode(ImageWriter writer, BufferedImage image, IIOMetadata metadata, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
