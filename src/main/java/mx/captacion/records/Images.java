package mx.captacion.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an image must be. Ingestion refuses what cannot be an image at all (not base64, not JPEG or
 * PNG, too big); the automated processing flags what a reviewer must look at (too small to read).
 */
@Component
class Images {

    enum Format { JPEG, PNG }

    record Dimensions(int width, int height) {
    }

    private final int maxBytes;
    private final int minWidth;
    private final int minHeight;

    Images(@Value("${captacion.images.max-bytes}") int maxBytes,
           @Value("${captacion.images.min-width}") int minWidth,
           @Value("${captacion.images.min-height}") int minHeight) {
        this.maxBytes = maxBytes;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
    }

    /** Decodes one image of a submission, or says why it is refused. */
    byte[] decode(ImageKind kind, String base64) {
        // base64 is 4/3 of the bytes: refuse before decoding a body that is certainly too big
        if ((long) base64.length() * 3 / 4 > maxBytes + 3L) {
            throw tooBig(kind);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(withoutWhitespace(stripDataUri(base64)));
        } catch (IllegalArgumentException e) {
            throw RecordRejection.IMAGEN_NO_BASE64.problem(kind.label());
        }
        if (bytes.length > maxBytes) {
            throw tooBig(kind);
        }
        if (format(bytes).isEmpty()) {
            throw RecordRejection.IMAGEN_NO_ES_JPEG_PNG.problem(kind.label());
        }
        return bytes;
    }

    private RuntimeException tooBig(ImageKind kind) {
        return RecordRejection.IMAGEN_DEMASIADO_GRANDE.problem(kind.label(), maxBytes / 1024);
    }

    /** Whether a reviewer could read it: a decodable image at least the minimum size. */
    boolean isLegible(byte[] bytes) {
        return dimensions(bytes).filter(d -> d.width() >= minWidth && d.height() >= minHeight).isPresent();
    }

    /** The format by its signature bytes, never by what the client claims. */
    static Optional<Format> format(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(Format.PNG);
        }
        return Optional.empty();
    }

    /** Reads only the header, not the pixels. */
    static Optional<Dimensions> dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String mediaType(byte[] bytes) {
        return format(bytes).map(f -> f == Format.PNG ? "image/png" : "image/jpeg").orElse("application/octet-stream");
    }

    /** Strict base64, but MIME-style line breaks and spaces are allowed; most bodies have none. */
    private static String withoutWhitespace(String base64) {
        for (int i = 0; i < base64.length(); i++) {
            if (Character.isWhitespace(base64.charAt(i))) {
                StringBuilder clean = new StringBuilder(base64.length());
                base64.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> clean.append((char) c));
                return clean.toString();
            }
        }
        return base64;
    }

    private static String stripDataUri(String base64) {
        int comma = base64.indexOf(',');
        return base64.startsWith("data:") && comma > 0 ? base64.substring(comma + 1) : base64;
    }
}
