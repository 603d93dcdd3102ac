package mx.captacion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.captacion.demo.SyntheticImages;
import mx.captacion.platform.ReencryptingBlobs;

/** The encrypted store on real files in a temporary folder. */
public class FileSystemBlobStoreTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(filled(32, 0x0a));
    static final String KEY_B = Base64.getEncoder().encodeToString(filled(32, 0x0b));

    private static final byte[] JPEG = SyntheticImages.jpeg("CREDENCIAL DE MUESTRA", 20_000, 1L);
    private static final byte[] PNG = SyntheticImages.png("FIRMA DE MUESTRA", 8_000, 2L);

    @TempDir
    Path root;

    static FileSystemBlobStore store(Path root, String currentKeyId, Map<String, String> keys) {
        return new FileSystemBlobStore(root, new BlobCipher(BlobKeys.of(currentKeyId, keys)));
    }

    private FileSystemBlobStore underA() {
        return store(root, "a", Map.of("a", KEY_A));
    }

    @Test
    void imagesAreStoredWithoutAnImageSignatureOrTheirPlaintextAndReadBackTheSame() throws IOException {
        FileSystemBlobStore store = underA();

        String jpeg = store.put(JPEG);
        String png = store.put(PNG);

        assertThat(jpeg).isEqualTo(BlobCipher.sha256(JPEG));
        assertThat(store.get(jpeg)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(JPEG));
        assertThat(store.get(png)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        assertThat(store.files()).hasSize(2).allSatisfy(file -> assertNoPlaintextIn(Files.readAllBytes(file), JPEG, PNG));
    }

    @Test
    void theSameImageStoredTwiceKeepsOneFileThatStillReads() {
        FileSystemBlobStore store = underA();

        String first = store.put(JPEG);
        String second = store.put(JPEG.clone());

        assertThat(second).isEqualTo(first);
        assertThat(store.files()).hasSize(1);
        assertThat(store.get(first)).hasValue(JPEG);
    }

    @Test
    void aBlobAlteredOnDiskIsRefusedNotServed() throws IOException {
        FileSystemBlobStore store = underA();
        String hash = store.put(JPEG);
        Path file = store.files().get(0);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length / 2] ^= 0x01;
        Files.write(file, stored);

        assertThatThrownBy(() -> store.get(hash)).isInstanceOf(UnreadableBlobException.class)
                .hasMessageContaining(hash).hasMessageContaining("alterado");
    }

    @Test
    void aBlobCopiedUnderAnotherImagesNameIsRefused() throws IOException {
        FileSystemBlobStore store = underA();
        String jpeg = store.put(JPEG);
        String png = store.put(PNG);
        Path jpegFile = fileOf(store, jpeg);
        Files.copy(jpegFile, fileOf(store, png), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> store.get(png)).isInstanceOf(UnreadableBlobException.class);
        assertThat(store.get(jpeg)).hasValue(JPEG);
    }

    @Test
    void aPlainFileFromBeforeEncryptionStillReadsButNotOnceAltered() throws IOException {
        FileSystemBlobStore store = underA();
        String hash = BlobCipher.sha256(JPEG);
        Path legacy = writePlain(hash, JPEG);

        assertThat(store.get(hash)).hasValue(JPEG);

        byte[] altered = JPEG.clone();
        altered[altered.length - 10] ^= 0x01;
        Files.write(legacy, altered);
        assertThatThrownBy(() -> store.get(hash)).isInstanceOf(UnreadableBlobException.class);
    }

    @Test
    void aBlobUnderAKeyNoLongerConfiguredIsRefusedNamingTheKey() {
        String hash = underA().put(JPEG);

        FileSystemBlobStore withoutA = store(root, "b", Map.of("b", KEY_B));

        assertThatThrownBy(() -> withoutA.get(hash)).isInstanceOf(UnreadableBlobException.class)
                .hasMessageContaining("«a»");
    }

    @Test
    void rotationFromKeyAToKeyBKeepsEveryImageReadableAndLeavesNothingUnderAOrPlain() throws IOException {
        String underA = underA().put(JPEG);
        String legacy = BlobCipher.sha256(PNG);
        writePlain(legacy, PNG);
        Map<String, String> both = new LinkedHashMap<>(Map.of("a", KEY_A, "b", KEY_B));
        FileSystemBlobStore rotating = store(root, "b", both);
        String underB = rotating.put(SyntheticImages.jpeg("OTRA CREDENCIAL", 10_000, 3L));

        ReencryptingBlobs.Result result = ReencryptingBlobs.reencrypt(rotating);

        assertThat(result).isEqualTo(new ReencryptingBlobs.Result(3, 2, 0));
        BlobCipher onlyB = new BlobCipher(BlobKeys.of("b", Map.of("b", KEY_B)));
        for (Path file : rotating.files()) {
            byte[] stored = Files.readAllBytes(file);
            assertThat(onlyB.keyId(stored)).hasValue("b");
            assertNoPlaintextIn(stored, JPEG, PNG);
        }
        FileSystemBlobStore afterRotation = store(root, "b", Map.of("b", KEY_B));
        assertThat(afterRotation.get(underA)).hasValue(JPEG);
        assertThat(afterRotation.get(legacy)).hasValue(PNG);
        assertThat(afterRotation.get(underB)).isPresent();
        assertThat(ReencryptingBlobs.reencrypt(afterRotation)).isEqualTo(new ReencryptingBlobs.Result(3, 0, 0));
    }

    @Test
    void rotationLeavesAnAlteredBlobAsItWasAndCountsIt() throws IOException {
        underA().put(JPEG);
        Path file = underA().files().get(0);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 1] ^= 0x01;
        Files.write(file, stored);

        ReencryptingBlobs.Result result = ReencryptingBlobs.reencrypt(store(root, "b", Map.of("a", KEY_A, "b", KEY_B)));

        assertThat(result).isEqualTo(new ReencryptingBlobs.Result(1, 0, 1));
        assertThat(Files.readAllBytes(file)).isEqualTo(stored);
    }

    /** No JPEG or PNG signature at the start, and no 32-byte run of any plaintext anywhere. */
    public static void assertNoPlaintextIn(byte[] stored, byte[]... plaintexts) {
        assertThat(startsWith(stored, 0xff, 0xd8, 0xff)).as("firma JPEG al inicio").isFalse();
        assertThat(startsWith(stored, 0x89, 0x50, 0x4e, 0x47)).as("firma PNG al inicio").isFalse();
        for (byte[] plaintext : plaintexts) {
            for (int at = 0; at + 32 <= plaintext.length; at += 512) {
                byte[] run = Arrays.copyOfRange(plaintext, at, at + 32);
                assertThat(indexOf(stored, run)).as("trozo del texto claro en el byte %d", at).isEqualTo(-1);
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Path writePlain(String hash, byte[] content) throws IOException {
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static Path fileOf(FileSystemBlobStore store, String hash) {
        List<Path> found = store.files().stream().filter(f -> f.getFileName().toString().equals(hash)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
