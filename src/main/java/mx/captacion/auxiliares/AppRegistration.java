package mx.captacion.auxiliares;

/**
 * The app's first sign-in: the auxiliar ID mailed to the auxiliar, the clave de elector the app
 * read off the credential, and both sides of the credential in base64.
 */
public record AppRegistration(String auxiliarId, String claveElector, String anverso, String reverso) {

    /** What the app keeps: the token every later submission carries, and whom it works for. */
    public record Receipt(String auxiliarId, String deviceToken, AuxiliarStatus status, String actor, String folio) {
    }
}
