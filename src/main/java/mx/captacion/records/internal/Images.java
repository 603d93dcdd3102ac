package mx.captacion.records.internal;

import org.springframework.stereotype.Component;

import mx.captacion.platform.ImageFiles;
import mx.captacion.platform.ImageLimits;
import mx.captacion.records.ImageKind;

/**
 * What an image must be. Ingestion refuses what cannot be an image at all (not base64, not JPEG or
 * PNG, too big in bytes or in the pixels its header declares); the automated processing flags what a
 * reviewer must look at (too small to read).
 */
@Component
public class Images {

    private final int maxBytes;
    private final int minWidth;
    private final int minHeight;
    private final long maxPixels;

    Images(ImageLimits limits) {
        this.maxBytes = limits.maxBytes();
        this.minWidth = limits.minWidth();
        this.minHeight = limits.minHeight();
        this.maxPixels = limits.maxPixels();
    }

    /** Decodes one image of a submission, or says why it is refused. */
    public byte[] decode(ImageKind kind, String base64) {
        // base64 is 4/3 of the bytes: refuse before decoding a body that is certainly too big
        if ((long) base64.length() * 3 / 4 > maxBytes + 3L) {
            throw tooBig(kind);
        }
        byte[] bytes;
        try {
            bytes = ImageFiles.decodeBase64(base64);
        } catch (IllegalArgumentException e) {
            throw RecordRejection.IMAGEN_NO_BASE64.problem(kind.label());
        }
        if (bytes.length > maxBytes) {
            throw tooBig(kind);
        }
        if (ImageFiles.format(bytes).isEmpty()) {
            throw RecordRejection.IMAGEN_NO_ES_JPEG_PNG.problem(kind.label());
        }
        // the header only: one whose size cannot be read is judged illegible later, as before
        ImageFiles.dimensions(bytes).filter(d -> (long) d.width() * d.height() > maxPixels).ifPresent(d -> {
            throw RecordRejection.IMAGEN_DEMASIADOS_PIXELES.problem(kind.label(), d.width(), d.height(),
                    maxPixels / 1_000_000);
        });
        return bytes;
    }

    private RuntimeException tooBig(ImageKind kind) {
        return RecordRejection.IMAGEN_DEMASIADO_GRANDE.problem(kind.label(), maxBytes / 1024);
    }

    /** Whether a reviewer could read it: a decodable image at least the minimum size. */
    boolean isLegible(byte[] bytes) {
        return ImageFiles.dimensions(bytes).filter(d -> d.width() >= minWidth && d.height() >= minHeight).isPresent();
    }
}
