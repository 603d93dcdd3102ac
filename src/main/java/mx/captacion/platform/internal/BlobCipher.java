package mx.captacion.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * How a blob is kept on disk: AES-256-GCM under a configured key, behind a header
 * {@code "CPTB" · version 1 · key id length · key id · 12-byte nonce}. The magic is no image
 * signature (JPEG {@code FF D8 FF}, PNG {@code 89 50 4E 47}); the header and the blob's name (the
 * SHA-256 of its plaintext) are the associated data, so a file altered, or swapped under another
 * name, fails the tag instead of being served.
 */
public final class BlobCipher {

    private static final byte[] MAGIC = {'C', 'P', 'T', 'B'};
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BlobKeys keys;

    BlobCipher(BlobKeys keys) {
        this.keys = keys;
    }

    String currentKeyId() {
        return keys.currentId();
    }

    /** The file for the plaintext whose SHA-256 is {@code hash}, under the current key and a fresh nonce. */
    byte[] seal(String hash, byte[] plaintext) {
        byte[] id = keys.currentId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(MAGIC.length + 2 + id.length + NONCE_BYTES)
                .put(MAGIC).put(VERSION).put((byte) id.length).put(id).put(nonce).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
            byte[] file = Arrays.copyOf(header, header.length + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, file, header.length);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM no está disponible en esta JVM", e);
        }
    }

    /** The key id the file is sealed under; empty for a plain file written before blobs were encrypted. */
    Optional<String> keyId(byte[] file) {
        return Header.of(file).map(Header::keyId);
    }

    /**
     * The plaintext of the file named {@code hash}. A plain file from before encryption is
     * accepted only when its SHA-256 is its name.
     *
     * @throws UnreadableBlobException when the file was altered, renamed, or sealed under a key no longer configured
     */
    byte[] open(String hash, byte[] file) {
        Optional<Header> header = Header.of(file);
        if (header.isEmpty() || header.get().version() != VERSION) {
            return plainFromBefore(hash, file);
        }
        SecretKey key = keys.byId(header.get().keyId());
        if (key == null) {
            if (sha256(file).equals(hash)) {
                return file; // a plain file that happens to begin like a header
            }
            throw new UnreadableBlobException(hash, "está cifrada con la clave «" + header.get().keyId()
                    + "», que ya no está en " + BlobKeys.KEYS);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, header.get().length() - NONCE_BYTES,
                    NONCE_BYTES));
            cipher.updateAAD(file, 0, header.get().length());
            cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(file, header.get().length(), file.length - header.get().length());
        } catch (AEADBadTagException e) {
            if (sha256(file).equals(hash)) {
                return file;
            }
            throw new UnreadableBlobException(hash, "no pasó la verificación de integridad (archivo alterado o renombrado)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM no está disponible en esta JVM", e);
        }
    }

    private static byte[] plainFromBefore(String hash, byte[] file) {
        if (!sha256(file).equals(hash)) {
            throw new UnreadableBlobException(hash, "no pasó la verificación de integridad (archivo sin cifrar alterado)");
        }
        return file;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed header; {@code length} counts every byte up to and including the nonce. */
    private record Header(byte version, String keyId, int length) {

        static Optional<Header> of(byte[] file) {
            int minimum = MAGIC.length + 2 + 1 + NONCE_BYTES + TAG_BITS / 8;
            if (file.length < minimum || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return Optional.empty();
            }
            int idLength = file[MAGIC.length + 1] & 0xff;
            int length = MAGIC.length + 2 + idLength + NONCE_BYTES;
            if (idLength == 0 || file.length < length + TAG_BITS / 8) {
                return Optional.empty();
            }
            String id = new String(file, MAGIC.length + 2, idLength, StandardCharsets.US_ASCII);
            return Optional.of(new Header(file[MAGIC.length], id, length));
        }
    }
}
