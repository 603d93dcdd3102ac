package mx.captacion.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** What kind of image some bytes are, by their signature and header, never by what a client claims. */
public final class ImageFiles {

    public enum Format { JPEG, PNG }

    public record Dimensions(int width, int height) {
    }

    private ImageFiles() {
    }

    public static Optional<Format> format(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(Format.PNG);
        }
        return Optional.empty();
    }

    /**
     * The bytes as ImageIO reads them, cached in memory: {@code ImageIO.createImageInputStream} caches
     * a stream in a temporary file by default, a file created, written and deleted for every image
     * read (seen in the intake's thread dumps).
     */
    public static ImageInputStream inMemory(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    /** Reads only the header, not the pixels. */
    public static Optional<Dimensions> dimensions(byte[] bytes) {
        try (ImageInputStream in = inMemory(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
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

    public static String mediaType(byte[] bytes) {
        return format(bytes).map(f -> f == Format.PNG ? "image/png" : "image/jpeg").orElse("application/octet-stream");
    }

    /** Base64 as apps send it: an optional data URI prefix, MIME-style line breaks allowed. */
    public static byte[] decodeBase64(String base64) {
        int comma = base64.startsWith("data:") ? base64.indexOf(',') : -1;
        String data = comma > 0 ? base64.substring(comma + 1) : base64;
        try {
            // apps send it without line breaks: decoding at once spares a look at every character
            return java.util.Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException notPlain) {
            StringBuilder clean = new StringBuilder(data.length());
            data.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> clean.append((char) c));
            return java.util.Base64.getDecoder().decode(clean.toString());
        }
    }
}
