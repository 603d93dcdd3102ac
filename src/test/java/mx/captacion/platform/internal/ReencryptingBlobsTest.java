package mx.captacion.platform.internal;

import static mx.captacion.platform.internal.FileSystemBlobStoreTest.KEY_A;
import static mx.captacion.platform.internal.FileSystemBlobStoreTest.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import mx.captacion.demo.SyntheticImages;
import mx.captacion.platform.ReencryptingBlobs;

/** The operator's command as the jar runs it: its own small context, the platform's configuration. */
@ExtendWith(OutputCaptureExtension.class)
class ReencryptingBlobsTest {

    @TempDir
    Path root;

    @Test
    void theCommandReencryptsEveryBlobUnderTheNewKeyReportsProgressAndExitsZero(CapturedOutput output) throws Exception {
        FileSystemBlobStore underA = FileSystemBlobStoreTest.store(root, "a", Map.of("a", KEY_A));
        byte[] anverso = SyntheticImages.jpeg("ANVERSO", 10_000, 1L);
        byte[] firma = SyntheticImages.png("FIRMA", 4_000, 2L);
        String anversoHash = underA.put(anverso);
        String firmaHash = underA.put(firma);

        int status = ReencryptingBlobs.run(new String[] {ReencryptingBlobs.OPTION,
                "--captacion.blobs.directory=" + root,
                "--captacion.blobs.encryption.current-key-id=b",
                "--captacion.blobs.encryption.keys.a=" + KEY_A,
                "--captacion.blobs.encryption.keys.b=" + KEY_B});

        assertThat(status).isZero();
        assertThat(output).contains("Recifrado de imágenes: 2 archivos por revisar",
                "Recifrado de imágenes terminado: 2/2 revisados, 2 recifrados, 0 ilegibles");
        FileSystemBlobStore onlyB = FileSystemBlobStoreTest.store(root, "b", Map.of("b", KEY_B));
        BlobCipher cipher = new BlobCipher(BlobKeys.of("b", Map.of("b", KEY_B)));
        for (Path file : onlyB.files()) {
            assertThat(cipher.keyId(Files.readAllBytes(file))).hasValue("b");
        }
        assertThat(onlyB.get(anversoHash)).hasValue(anverso);
        assertThat(onlyB.get(firmaHash)).hasValue(firma);
    }

    @Test
    void onlyTheExactOptionRunsTheCommand() {
        assertThat(ReencryptingBlobs.requested(new String[] {"--captacion.blobs.reencrypt=true"})).isTrue();
        assertThat(ReencryptingBlobs.requested(new String[] {"--server.port=8081"})).isFalse();
    }
}
