package mx.captacion.actors;

import mx.captacion.platform.MessageBundle;

/** How the control desk reviews the records the screening rules pass without a warning. */
public enum ReviewMode {
    /** A random share of them, until the sample's error rate passes the process's threshold. */
    MUESTREO,
    /** All of them: the default, and for good once a sample showed too many errors. */
    COMPLETA;

    /**
     * The name people read, from the bundle ({@code actors.revisionEnMesa.<NAME>}); read as the API's problems are,
     * since views, mails and reports of other modules name it without a request at hand.
     */
    public String label() {
        return MessageBundle.text("actors.revisionEnMesa." + name());
    }
}
