package mx.captacion.platform;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The encrypted file-system blob store and its keys. Also the whole context of the re-encryption
 * command ({@link ReencryptingBlobs}), which needs nothing else of the platform.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobKeys.Settings.class)
class BlobStoreConfiguration {

    @Bean
    BlobKeys blobKeys(BlobKeys.Settings settings, Environment environment) {
        return BlobKeys.from(settings, environment.matchesProfiles(DemoProfile.NAME));
    }

    @Bean
    FileSystemBlobStore blobStore(@Value("${captacion.blobs.directory}") Path directory, BlobKeys keys) {
        return new FileSystemBlobStore(directory, new BlobCipher(keys));
    }
}
