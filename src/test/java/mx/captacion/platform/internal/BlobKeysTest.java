package mx.captacion.platform.internal;

import static mx.captacion.platform.internal.FileSystemBlobStoreTest.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import mx.captacion.demo.SyntheticImages;

@ExtendWith(OutputCaptureExtension.class)
class BlobKeysTest {

    @TempDir
    Path dir;

    @Test
    void withoutAKeyOutsideTheDemoThePlatformDoesNotStartAndSaysWhichPropertyInSpanish(CapturedOutput output) {
        assertThatThrownBy(() -> start())
                .hasRootCauseInstanceOf(InvalidBlobKeysException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "Falta la clave con que se cifran las imágenes",
                "captacion.blobs.encryption.current-key-id", "CAPTACION_BLOBS_ENCRYPTION_KEYS_");
        assertThat(dir.resolve("blob-keys.properties")).doesNotExist();
    }

    @Test
    void aKeyThatIsNot32BytesIsRefusedNamingItsPropertyWithoutShowingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> BlobKeys.of("k1", Map.of("k1", shortKey)))
                .isInstanceOf(InvalidBlobKeysException.class)
                .hasMessageContaining("captacion.blobs.encryption.keys.k1 mide 16 bytes y debe medir 32")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void aKeyThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> BlobKeys.of("k1", Map.of("k1", "no es base64!")))
                .isInstanceOf(InvalidBlobKeysException.class)
                .hasMessageContaining("captacion.blobs.encryption.keys.k1 no está en base64 válido");
    }

    @Test
    void aCurrentKeyIdWithoutItsKeyIsRefused() {
        assertThatThrownBy(() -> BlobKeys.of("k2", Map.of("k1", KEY_A)))
                .isInstanceOf(InvalidBlobKeysException.class)
                .hasMessageContaining("captacion.blobs.encryption.keys.k2 no está definida");
    }

    @Test
    void keysComeFromEnvironmentVariablesAsTheReadmeNamesThem() {
        StandardEnvironment environment = new StandardEnvironment();
        // named like the real one: only a source of that name binds CAPTACION_X_Y as captacion.x.y
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "CAPTACION_BLOBS_ENCRYPTION_CURRENTKEYID", "k2027",
                "CAPTACION_BLOBS_ENCRYPTION_KEYS_K2027", KEY_A)));

        BlobKeys.Settings settings = Binder.get(environment).bind(BlobKeys.PREFIX, BlobKeys.Settings.class).get();
        BlobKeys keys = BlobKeys.from(settings, false);

        assertThat(keys.currentId()).isEqualTo("k2027");
        assertThat(keys.current().getEncoded()).isEqualTo(Base64.getDecoder().decode(KEY_A));
    }

    @Test
    void theDemoGeneratesItsKeyOnceIntoAnOwnerOnlyFileAndReadsItOnLaterRuns() throws Exception {
        Path keyFile = dir.resolve("data/blob-keys.properties");
        BlobKeys.Settings none = new BlobKeys.Settings(null, null, keyFile);

        BlobKeys first = BlobKeys.from(none, true);
        String hash = new FileSystemBlobStore(dir.resolve("blobs"), new BlobCipher(first)).put(SyntheticImages.png("X", 2_000, 1L));
        BlobKeys later = BlobKeys.from(none, true);

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(later.current().getEncoded()).isEqualTo(first.current().getEncoded()).hasSize(32);
        assertThat(new FileSystemBlobStore(dir.resolve("blobs"), new BlobCipher(later)).get(hash)).isPresent();
    }

    @Test
    void theDemoProfileAloneGeneratesTheKeyAtStartUp() {
        start("--spring.profiles.active=demo");

        assertThat(dir.resolve("blob-keys.properties")).exists();
    }

    @Test
    void theDemoUsesAConfiguredKeyRatherThanGeneratingOne() {
        Path keyFile = dir.resolve("blob-keys.properties");

        BlobKeys keys = BlobKeys.from(new BlobKeys.Settings("k1", Map.of("k1", KEY_A), keyFile), true);

        assertThat(keys.currentId()).isEqualTo("k1");
        assertThat(keyFile).doesNotExist();
    }

    private void start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--captacion.blobs.directory=" + dir.resolve("blobs");
        all[args.length + 1] = "--captacion.blobs.encryption.demo-key-file=" + dir.resolve("blob-keys.properties");
        new SpringApplicationBuilder(BlobStoreConfiguration.class).web(WebApplicationType.NONE).run(all).close();
    }
}
