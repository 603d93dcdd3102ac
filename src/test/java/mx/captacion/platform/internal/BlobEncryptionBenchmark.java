package mx.captacion.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.records.RecordSubmission;

/**
 * Not a test: what encrypting blobs costs per image and per record (four ~40 KB images), printed,
 * next to the plain write and read the store did before. The full ingestion benchmark
 * ({@code bench/ingestion.sh}) is too heavy to re-run for this alone.
 *
 * <pre>./mvnw -q -o test-compile && ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" mx.captacion.platform.BlobEncryptionBenchmark</pre>
 */
public final class BlobEncryptionBenchmark {

    private static final int RECORDS = 250;
    private static final int ROUNDS = 7;

    private BlobEncryptionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticSubmissions submissions = new SyntheticSubmissions(7L, 40_000);
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            RecordSubmission.Images set = submissions.imagesOf(submissions.nextCitizen());
            Stream.of(set.anverso(), set.reverso(), set.fotoViva(), set.firma()).map(Base64.getDecoder()::decode)
                    .forEach(images::add);
        }
        long bytes = images.stream().mapToLong(image -> image.length).sum();
        System.out.printf("%d records, %d images, %.1f KB per image on average; %d rounds, the first %d for warm-up%n",
                RECORDS, images.size(), bytes / 1024.0 / images.size(), ROUNDS, ROUNDS - 3);
        BlobKeys keys = BlobKeys.of("bench", Map.of("bench", Base64.getEncoder().encodeToString(new byte[32])));
        BlobCipher cipher = new BlobCipher(keys);
        List<String> hashes = images.stream().map(BlobCipher::sha256).toList();

        for (int round = 1; round <= ROUNDS; round++) {
            Path plainDir = Files.createTempDirectory("blobs-plain");
            Path encryptedDir = Files.createTempDirectory("blobs-encrypted");
            FileSystemBlobStore store = new FileSystemBlobStore(encryptedDir, cipher);

            long t0 = System.nanoTime();
            for (byte[] image : images) {
                writePlain(plainDir, image);
            }
            long t1 = System.nanoTime();
            for (String hash : hashes) {
                readPlain(plainDir, hash);
            }
            long t2 = System.nanoTime();
            for (byte[] image : images) {
                store.put(image);
            }
            long t3 = System.nanoTime();
            for (String hash : hashes) {
                store.get(hash).orElseThrow();
            }
            long t4 = System.nanoTime();
            List<byte[]> sealed = new ArrayList<>(images.size());
            for (int i = 0; i < images.size(); i++) {
                sealed.add(cipher.seal(hashes.get(i), images.get(i)));
            }
            long t5 = System.nanoTime();
            for (int i = 0; i < images.size(); i++) {
                cipher.open(hashes.get(i), sealed.get(i));
            }
            long t6 = System.nanoTime();

            if (round > ROUNDS - 3) {
                System.out.printf("round %d, µs per image (per record = ×4): plain write %s, read %s | encrypted put %s,"
                                + " get %s | AES-GCM alone: seal %s, open %s%n", round,
                        perImage(t1 - t0, images), perImage(t2 - t1, images), perImage(t3 - t2, images),
                        perImage(t4 - t3, images), perImage(t5 - t4, images), perImage(t6 - t5, images));
            }
            delete(plainDir);
            delete(encryptedDir);
        }
    }

    /** The store's write before encryption: hash, temp file, atomic move. */
    private static void writePlain(Path root, byte[] image) throws IOException {
        String hash = BlobCipher.sha256(image);
        Path target = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), hash, ".tmp");
        Files.write(temp, image);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readPlain(Path root, String hash) throws IOException {
        return Files.readAllBytes(root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash));
    }

    private static String perImage(long nanos, List<byte[]> images) {
        return String.format("%.0f", nanos / 1_000.0 / images.size());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
