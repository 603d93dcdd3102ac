package mx.captacion.platform;

import java.util.Optional;

/**
 * Where images live: content-addressed, so the same bytes are stored once and a record keeps only
 * the hash. The file system is the default; an S3-compatible store is the production alternative.
 */
public interface BlobStore {

    /** Stores the bytes (idempotent) and returns their SHA-256 in hex. */
    String put(byte[] content);

    Optional<byte[]> get(String hash);

    /**
     * Removes the blob for good (the retention purge, once no row names it any more); a blob that
     * is not there is no error, so a purge stopped half-way can simply run again.
     */
    void delete(String hash);
}
