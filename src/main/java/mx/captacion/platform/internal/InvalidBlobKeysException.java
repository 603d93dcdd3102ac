package mx.captacion.platform.internal;

/** The blob encryption keys are missing or malformed; the message names the property to fix. */
class InvalidBlobKeysException extends RuntimeException {

    InvalidBlobKeysException(String message) {
        super(message);
    }
}
