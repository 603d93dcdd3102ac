package mx.captacion.actors;

import mx.captacion.platform.MessageBundle;

/**
 * What a capture process collects. Affiliations (APN, parties) make a citizen a member, so one
 * citizen counts for one actor only; supports (candidacies, consultations) do not exclude each other.
 */
public enum ProcessKind {
    APN_RESTO_DEL_PAIS(true),
    PARTIDO_POLITICO_NACIONAL(true),
    CANDIDATURA_INDEPENDIENTE(false),
    CONSULTA_POPULAR(false),
    REVOCACION_DE_MANDATO(false);

    private final boolean affiliation;

    ProcessKind(boolean affiliation) {
        this.affiliation = affiliation;
    }

    /**
     * The name people read, from the bundle ({@code actors.tipoDeProceso.<NAME>}); read as the API's problems are,
     * since views, mails and reports of other modules name it without a request at hand.
     */
    public String label() {
        return MessageBundle.text("actors.tipoDeProceso." + name());
    }

    public boolean affiliation() {
        return affiliation;
    }
}
