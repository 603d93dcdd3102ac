package mx.captacion.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AES-256 keys blobs are encrypted under: the current one seals new blobs, every configured
 * one opens what it sealed, so a key can rotate without making old images unreadable.
 */
final class BlobKeys {

    static final String PREFIX = "captacion.blobs.encryption";
    static final String CURRENT_KEY_ID = PREFIX + ".current-key-id";
    static final String KEYS = PREFIX + ".keys";

    // Lower-case letters and digits only: an environment variable CAPTACION_BLOBS_ENCRYPTION_KEYS_K2027
    // binds as the key id "k2027", and the id is written into every blob's header.
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");
    private static final int KEY_BYTES = 32;
    private static final String DEMO_KEY_ID = "demo";

    /**
     * {@code captacion.blobs.encryption.*}: checked by {@link BlobKeys#from}, whose messages name the
     * environment variables too; the demo key file's default is in application.yaml.
     *
     * @param currentKeyId the id of the key new blobs are sealed under (lower-case letters and digits)
     * @param keys         the keys by id, each the base64 of 32 random bytes; older ones stay listed while
     *                     blobs sealed under them remain
     * @param demoKeyFile  where the demo keeps the key it generates on its first run when none is configured
     */
    @ConfigurationProperties(PREFIX)
    record Settings(String currentKeyId, Map<String, String> keys, Path demoKeyFile) {
    }

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private BlobKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * The configured keys; with the demo on and none configured, the demo's key file (created on
     * the first run). Outside the demo a missing or malformed key stops the start-up.
     */
    static BlobKeys from(Settings settings, boolean demo) {
        if (demo && isBlank(settings.currentKeyId()) && (settings.keys() == null || settings.keys().isEmpty())) {
            return demoKeys(settings.demoKeyFile());
        }
        return of(settings.currentKeyId(), settings.keys());
    }

    static BlobKeys of(String currentId, Map<String, String> encoded) {
        if (isBlank(currentId)) {
            throw new InvalidBlobKeysException("Falta la clave con que se cifran las imágenes: defina "
                    + CURRENT_KEY_ID + " (variable CAPTACION_BLOBS_ENCRYPTION_CURRENTKEYID) con el identificador "
                    + "de la clave vigente y " + KEYS + ".<identificador> (variable "
                    + "CAPTACION_BLOBS_ENCRYPTION_KEYS_<IDENTIFICADOR>) con 32 bytes aleatorios en base64.");
        }
        Map<String, SecretKey> keys = new TreeMap<>();
        (encoded == null ? Map.<String, String>of() : encoded).forEach((id, value) -> keys.put(id, decode(id, value)));
        if (!keys.containsKey(currentId)) {
            throw new InvalidBlobKeysException("Falta la clave vigente para cifrar las imágenes: " + CURRENT_KEY_ID
                    + " nombra «" + currentId + "», pero " + KEYS + "." + currentId + " no está definida.");
        }
        return new BlobKeys(currentId, keys);
    }

    private static SecretKey decode(String id, String value) {
        String property = KEYS + "." + id;
        if (!KEY_ID.matcher(id).matches()) {
            throw new InvalidBlobKeysException("El identificador de clave de " + property
                    + " solo admite letras minúsculas y dígitos (de 1 a 32).");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidBlobKeysException("La clave " + property + " no está en base64 válido; "
                    + "debe ser base64 de 32 bytes aleatorios (p. ej. la salida de «openssl rand -base64 32»).");
        }
        if (key.length != KEY_BYTES) {
            throw new InvalidBlobKeysException("La clave " + property + " mide " + key.length
                    + " bytes y debe medir 32 (AES-256): base64 de 32 bytes aleatorios, "
                    + "p. ej. la salida de «openssl rand -base64 32».");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** The demo's own key: read from its file, or generated into it (owner-only) on the first run. */
    private static BlobKeys demoKeys(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                writeNewDemoKey(path);
            }
            Properties stored = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                stored.load(reader);
            }
            String current = stored.getProperty(CURRENT_KEY_ID);
            Map<String, String> keys = new TreeMap<>();
            stored.stringPropertyNames().stream().filter(name -> name.startsWith(KEYS + "."))
                    .forEach(name -> keys.put(name.substring(KEYS.length() + 1), stored.getProperty(name)));
            return of(current, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer ni crear el archivo de claves de la demostración " + path, e);
        }
    }

    private static void writeNewDemoKey(Path path) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(path.getParent());
        try {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions (Windows): the file takes the folder's access rules
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException anotherStart) {
            return; // on either kind of file system
        }
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            writer.write("# Clave de la demostración para cifrar las imágenes, generada en su primer arranque.\n"
                    + "# Sin este archivo las imágenes de ./data/blobs no pueden leerse. Fuera de la demostración\n"
                    + "# las claves se configuran (README, «Production configuration»).\n"
                    + CURRENT_KEY_ID + "=" + DEMO_KEY_ID + "\n"
                    + KEYS + "." + DEMO_KEY_ID + "=" + Base64.getEncoder().encodeToString(key) + "\n");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** The key of that id, or null when it is not configured (any more). */
    SecretKey byId(String id) {
        return keys.get(id);
    }
}
