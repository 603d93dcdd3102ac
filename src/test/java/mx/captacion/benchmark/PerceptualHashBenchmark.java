package mx.captacion.benchmark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import mx.captacion.demo.SyntheticImages;
import mx.captacion.records.internal.PerceptualHash;

/**
 * What the reused-image check costs an image: hashing a 640x400 synthetic JPEG of about 40 KB (as
 * the ingestion benchmark sends), beside what ImageIO takes to decode it, in ms per image, after a
 * warm-up long enough for the JIT. Not a test. (Old and new hash paths side by side:
 * {@code records.internal.PerceptualHashPathsBenchmark}.)
 *
 * <pre>
 *   bench/screening-cost.sh            # BENCH_ROUNDS=5 BENCH_IMAGES=1000 BENCH_EVALUATIONS=5000
 * </pre>
 */
public final class PerceptualHashBenchmark {

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int count = Integer.getInteger("bench.images", 1_000);
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            images.add(SyntheticImages.jpeg("ANVERSO", 40_000, 1_000 + i));
        }
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(images.get(0)));
        System.out.printf("Perceptual hash: %d×%d JPEG of %,d bytes, %d images per round%n", first.getWidth(),
                first.getHeight(), images.get(0).length, count);
        for (int round = -3; round < rounds; round++) {
            long decode = 0;
            long total = 0;
            int bits = 0;
            for (int i = 0; i < count; i++) {
                byte[] bytes = images.get(i % images.size());
                long t0 = System.nanoTime();
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                long t1 = System.nanoTime();
                PerceptualHash hash = PerceptualHash.of(bytes).orElseThrow();
                long t2 = System.nanoTime();
                decode += t1 - t0;
                total += t2 - t1;
                bits += Long.bitCount(hash.h0()) + image.getWidth() % 2; // keeps both results alive
            }
            // a baseline JPEG's hash no longer decodes it (issue 15: JpegDcLuma reads its coefficients),
            // so the hash is not the decode plus something: both are printed as they are
            System.out.printf("  %s round: ImageIO decode alone %.2f ms, perceptual hash of the bytes %.2f ms per image (%d)%n",
                    round < 0 ? "warm-up" : "measured", decode / 1e6 / count, total / 1e6 / count, bits);
        }
    }

    private PerceptualHashBenchmark() {
    }
}
