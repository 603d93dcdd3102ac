package mx.captacion.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import mx.captacion.platform.internal.BlobStoreConfiguration;
import mx.captacion.platform.internal.FileSystemBlobStore;
import mx.captacion.platform.internal.UnreadableBlobException;

/**
 * The operator's command that seals every blob not under the current key again under it, plain
 * files from before encryption included: {@code java -jar captacion.jar --captacion.blobs.reencrypt=true}
 * (with the same configuration as the platform, the old keys still listed). It starts only the blob
 * store — no database, engine or web server — logs its progress and exits.
 */
public final class ReencryptingBlobs {

    public static final String OPTION = "--captacion.blobs.reencrypt=true";
    private static final int PROGRESS_EVERY = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ReencryptingBlobs.class);

    /** What one run did: files looked at, rewritten, and left as they were because they could not be opened. */
    public record Result(int total, int resealed, int failed) {
    }

    private ReencryptingBlobs() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Runs the command with the platform's configuration and the given arguments; returns the exit status. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BlobStoreConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            return reencrypt(context.getBean(FileSystemBlobStore.class)).failed() == 0 ? 0 : 1;
        }
    }

    public static Result reencrypt(FileSystemBlobStore store) {
        List<Path> files = store.files();
        int total = files.size();
        int done = 0;
        int resealed = 0;
        int failed = 0;
        LOG.info("Recifrado de imágenes: {} archivos por revisar", total);
        for (Path file : files) {
            try {
                if (store.reseal(file)) {
                    resealed++;
                }
            } catch (UnreadableBlobException e) {
                failed++; // already logged by the store; the file stays as it was for an operator to look at
            }
            done++;
            if (done % PROGRESS_EVERY == 0 && done < total) {
                LOG.info("Recifrado de imágenes: {}/{} revisados, {} recifrados, {} ilegibles", done, total, resealed, failed);
            }
        }
        LOG.info("Recifrado de imágenes terminado: {}/{} revisados, {} recifrados, {} ilegibles", done, total, resealed,
                failed);
        return new Result(total, resealed, failed);
    }
}
