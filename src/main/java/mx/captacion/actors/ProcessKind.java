package mx.captacion.actors;

/**
 * What a capture process collects. Affiliations (APN, parties) make a citizen a member, so one
 * citizen counts for one actor only; supports (candidacies, consultations) do not exclude each other.
 */
public enum ProcessKind {
    APN_RESTO_DEL_PAIS("Afiliación a Agrupación Política Nacional — Resto del País", true),
    PARTIDO_POLITICO_NACIONAL("Afiliación a Partido Político Nacional en formación", true),
    CANDIDATURA_INDEPENDIENTE("Apoyo ciudadano a candidatura independiente", false),
    CONSULTA_POPULAR("Apoyo ciudadano a consulta popular", false),
    REVOCACION_DE_MANDATO("Apoyo ciudadano a revocación de mandato", false);

    private final String label;
    private final boolean affiliation;

    ProcessKind(String label, boolean affiliation) {
        this.label = label;
        this.affiliation = affiliation;
    }

    public String label() {
        return label;
    }

    public boolean affiliation() {
        return affiliation;
    }
}
