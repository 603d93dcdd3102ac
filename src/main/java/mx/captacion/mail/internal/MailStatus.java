package mx.captacion.mail.internal;

/** Where a queued mail stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDIENTE,
    /** Handed to the mail endpoint; its body is gone. */
    ENVIADO,
    /** Every attempt failed; a person may queue it again from /correos. */
    FALLIDO
}
