package mx.captacion.platform.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import mx.captacion.platform.DemoProfile;
import mx.captacion.platform.ReencryptingBlobs;

/**
 * The encrypted file-system blob store and its keys. Also the whole context of the re-encryption
 * command ({@link ReencryptingBlobs}), which needs nothing else of the platform.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BlobKeys.Settings.class, PlatformSettings.class})
public class BlobStoreConfiguration {

    @Bean
    BlobKeys blobKeys(BlobKeys.Settings keys, Environment environment) {
        return BlobKeys.from(keys, environment.matchesProfiles(DemoProfile.NAME));
    }

    @Bean
    FileSystemBlobStore blobStore(PlatformSettings settings, BlobKeys keys) {
        return new FileSystemBlobStore(settings.blobs().directory(), new BlobCipher(keys));
    }
}
