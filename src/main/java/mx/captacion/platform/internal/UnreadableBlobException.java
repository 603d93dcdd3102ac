package mx.captacion.platform.internal;

/**
 * A stored blob that cannot be given back as it was stored — altered on disk, swapped under
 * another name, or sealed under a key no longer configured. Never served; see {@link UnreadableBlobAdvice}.
 */
public class UnreadableBlobException extends RuntimeException {

    UnreadableBlobException(String hash, String reason) {
        super("La imagen guardada " + hash + " " + reason + "; no se entrega.");
    }
}
