package mx.captacion.records.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import mx.captacion.demo.SyntheticImages;

/**
 * Issue 15's spike: the perceptual hash of the same JPEGs by the two paths, in one JVM, round by
 * round — the whole decode by ImageIO and a box average of its pixels (the path before), and the
 * coefficients read by {@link JpegDcLuma} — in thread CPU ms (and wall ms) per image, after a
 * warm-up long enough for the JIT. The paths take turns leading each round so that neither always
 * runs in the other's wake. Here rather than in {@code mx.captacion.benchmark} because the
 * path before is package-private. Not a test.
 *
 * <pre>
 *   java -Dbench.rounds=5 -Dbench.images=1000 -cp target/test-classes:target/classes:$(cat target/bench.classpath) \
 *       mx.captacion.records.internal.PerceptualHashPathsBenchmark
 * </pre>
 */
public final class PerceptualHashPathsBenchmark {

    public static void main(String[] args) {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int count = Integer.getInteger("bench.images", 1_000);
        List<byte[]> images = new ArrayList<>();
        // the images PerceptualHashBenchmark times (a 640x400 credential of about 40 KB), and
        // live photos, whose flat walls code in fewer bits
        for (int i = 0; i < 20; i++) {
            images.add(SyntheticImages.jpeg("ANVERSO", 40_000, 1_000 + i));
        }
        SyntheticImages.Style portrait = SyntheticImages.style(SyntheticImages.Layout.PORTRAIT, "FOTOGRAFÍA VIVA DE MUESTRA",
                "jpg", 40_000, 2_000);
        for (int i = 0; i < 20; i++) {
            images.add(portrait.draw(2_000 + i));
        }
        int bits = 0;
        int most = 0;
        for (byte[] bytes : images) {
            int distance = PerceptualHash.of(bytes).orElseThrow()
                    .distance(PerceptualHash.decodingWholeImage(bytes).orElseThrow());
            bits += distance;
            most = Math.max(most, distance);
        }
        System.out.printf("%d images (20 credentials of ~%,d bytes, 20 live photos of ~%,d bytes); old vs new hash of the"
                + " same image: %.2f bits on average, at most %d%n", images.size(), images.get(0).length,
                images.get(20).length, (double) bits / images.size(), most);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -3; round < rounds; round++) {
            boolean wholeFirst = (round & 1) == 0;
            double[] whole = null;
            double[] coefficients = null;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == wholeFirst) {
                    whole = time(threads, images, count, PerceptualHash::decodingWholeImage);
                } else {
                    coefficients = time(threads, images, count, PerceptualHash::of);
                }
            }
            System.out.printf("  %s round: whole decode + hash %.3f ms CPU (%.3f wall), coefficients + hash %.3f ms CPU"
                    + " (%.3f wall) per image: %.1f× less CPU%n", round < 0 ? "warm-up " : "measured", whole[0],
                    whole[1], coefficients[0], coefficients[1], whole[0] / coefficients[0]);
        }
    }

    /** CPU and wall ms per image of hashing {@code count} images in turn. */
    private static double[] time(ThreadMXBean threads, List<byte[]> images, int count,
            Function<byte[], Optional<PerceptualHash>> hash) {
        long keep = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < count; i++) {
            keep += hash.apply(images.get(i % images.size())).orElseThrow().h0();
        }
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (keep == 42) {
            System.out.print(""); // keeps the results alive
        }
        return new double[] {cpu / 1e6 / count, wall / 1e6 / count};
    }

    private PerceptualHashPathsBenchmark() {
    }
}
