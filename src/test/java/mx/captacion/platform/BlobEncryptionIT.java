package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.records.RecordSubmission;
import mx.captacion.platform.internal.BlobCipher;
import mx.captacion.platform.internal.FileSystemBlobStoreTest;

/** A record sent through the real API leaves only ciphertext in the blob folder, and still serves its images. */
class BlobEncryptionIT extends IntegrationTestBase {

    private static final Path BLOBS = Path.of("target/test-blobs");

    @BeforeEach
    void reviewer() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void aRecordsImagesLandEncryptedAndStillServeToTheControlDesk() throws IOException {
        RecordSubmission submission = submission(newFixture());
        List<byte[]> images = images(submission);
        // The synthetic citizens are the same in every run: a file an earlier run left (before
        // encryption, if target/ was not cleaned) would be kept as it is, so this record's are written anew.
        for (byte[] image : images) {
            Files.deleteIfExists(fileOf(image));
        }
        UUID recordId = accepted(submission);

        for (byte[] image : images) {
            assertThat(fileOf(image)).exists();
            FileSystemBlobStoreTest.assertNoPlaintextIn(Files.readAllBytes(fileOf(image)), images.toArray(byte[][]::new));
        }
        // nor anything else written while these tests ran
        for (Path file : blobsWrittenSince(FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime()))) {
            FileSystemBlobStoreTest.assertNoPlaintextIn(Files.readAllBytes(file), images.toArray(byte[][]::new));
        }
        HttpResponse<byte[]> anverso = getBytes(anversoPath(recordId), REVIEWER);
        assertThat(anverso.statusCode()).isEqualTo(200);
        assertThat(anverso.body()).isEqualTo(images.get(0));
    }

    @Test
    void anImageAlteredOnDiskIsRefusedWithASpanishErrorNotServed() throws IOException {
        RecordSubmission submission = submission(newFixture());
        UUID recordId = accepted(submission);
        awaitLeavesProcessing(recordId);
        Path file = fileOf(images(submission).get(0));
        byte[] stored = Files.readAllBytes(file);
        byte[] altered = stored.clone();
        altered[altered.length - 100] ^= 0x01;
        try {
            Files.write(file, altered);

            HttpResponse<byte[]> refused = getBytes(anversoPath(recordId), REVIEWER);

            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                    .contains("no pasó la verificación de integridad", "no se muestra");
        } finally {
            Files.write(file, stored);
        }
        assertThat(getBytes(anversoPath(recordId), REVIEWER).statusCode()).isEqualTo(200);
    }

    private static String anversoPath(UUID recordId) {
        return "/mesa-control/registros/" + recordId + "/imagenes/anverso";
    }

    private void awaitLeavesProcessing(UUID recordId) {
        for (int i = 0; i < 300 && "EN_PROCESAMIENTO".equals(statusOf(recordId)); i++) {
            sleep(100);
        }
    }

    private static List<byte[]> images(RecordSubmission submission) {
        RecordSubmission.Images images = submission.images();
        return Stream.of(images.anverso(), images.reverso(), images.fotoViva(), images.firma())
                .map(Base64.getDecoder()::decode).toList();
    }

    private static Path fileOf(byte[] image) {
        String hash = BlobCipher.sha256(image);
        return BLOBS.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static List<Path> blobsWrittenSince(FileTime since) throws IOException {
        try (Stream<Path> walk = Files.walk(BLOBS)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(since) >= 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
