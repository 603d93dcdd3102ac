package mx.captacion.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.captacion.platform.BlobStore;

/**
 * Blobs as files {@code ab/cd/abcd…} under one directory, named by the SHA-256 of their plaintext,
 * encrypted ({@link BlobCipher}) and written atomically (temp file, then move).
 */
public class FileSystemBlobStore implements BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemBlobStore.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final BlobCipher cipher;

    FileSystemBlobStore(Path directory, BlobCipher cipher) {
        this.root = directory.toAbsolutePath().normalize();
        this.cipher = cipher;
    }

    @Override
    public String put(byte[] content) {
        String hash = BlobCipher.sha256(content);
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            return hash;
        }
        write(target, cipher.seal(hash, content));
        return hash;
    }

    /** {@inheritDoc} @throws UnreadableBlobException when the file does not decrypt to what was stored */
    @Override
    public Optional<byte[]> get(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(open(hash, Files.readAllBytes(pathOf(hash))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la imagen " + hash, e);
        }
    }

    @Override
    public void delete(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("No es el nombre de una imagen: " + hash);
        }
        try {
            Files.deleteIfExists(pathOf(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo borrar la imagen " + hash, e);
        }
    }

    private byte[] open(String hash, byte[] file) {
        try {
            return cipher.open(hash, file);
        } catch (UnreadableBlobException e) {
            LOG.error("{} Archivo: {}", e.getMessage(), pathOf(hash));
            throw e;
        }
    }

    /** Every blob file of the store (temporary files of unfinished writes left out). */
    public List<Path> files() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> HASH.matcher(path.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo recorrer " + root, e);
        }
    }

    /**
     * Seals the blob file again under the current key unless it already is; a plain file from
     * before encryption is encrypted. Returns whether the file was rewritten.
     *
     * @throws UnreadableBlobException when the file cannot be opened (it is left as it was)
     */
    public boolean reseal(Path file) {
        String hash = file.getFileName().toString();
        try {
            byte[] stored = Files.readAllBytes(file);
            if (cipher.keyId(stored).filter(cipher.currentKeyId()::equals).isPresent()) {
                return false;
            }
            write(file, cipher.seal(hash, open(hash, stored)));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo recifrar " + file, e);
        }
    }

    private void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo guardar la imagen " + target.getFileName(), e);
        }
    }

    private Path pathOf(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
