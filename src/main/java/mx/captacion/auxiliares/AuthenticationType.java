package mx.captacion.auxiliares;

import mx.captacion.platform.MessageBundle;

/** How the auxiliar signs in to the mobile app; changing it means a baja and a new alta (seed table 5). */
public enum AuthenticationType {
    CORREO,
    GOOGLE,
    FACEBOOK;

    /**
     * The name people read, from the bundle ({@code auxiliares.autenticacion.<NAME>}); read as the API's problems are,
     * since views, mails and reports of other modules name it without a request at hand.
     */
    public String label() {
        return MessageBundle.text("auxiliares.autenticacion." + name());
    }
}
