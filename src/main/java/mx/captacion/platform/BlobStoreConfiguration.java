package mx.captacion.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The encrypted file-system blob store and its keys. Also the whole context of the re-encryption
 * command ({@link ReencryptingBlobs}), which needs nothing else of the platform.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BlobKeys.Settings.class, PlatformSettings.class})
class BlobStoreConfiguration {

    @Bean
    BlobKeys blobKeys(BlobKeys.Settings keys, Environment environment) {
        return BlobKeys.from(keys, environment.matchesProfiles(DemoProfile.NAME));
    }

    @Bean
    FileSystemBlobStore blobStore(PlatformSettings settings, BlobKeys keys) {
        return new FileSystemBlobStore(settings.blobs().directory(), new BlobCipher(keys));
    }
}
