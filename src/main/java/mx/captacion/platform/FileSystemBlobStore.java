package mx.captacion.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Blobs as files {@code ab/cd/abcd…} under one directory, written atomically (temp file, then move). */
@Component
class FileSystemBlobStore implements BlobStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileSystemBlobStore(@Value("${captacion.blobs.directory}") String directory) {
        this.root = Path.of(directory).toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] content) {
        String hash = sha256(content);
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), hash, ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo guardar la imagen " + hash, e);
        }
    }

    @Override
    public Optional<byte[]> get(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(pathOf(hash)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la imagen " + hash, e);
        }
    }

    private Path pathOf(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
