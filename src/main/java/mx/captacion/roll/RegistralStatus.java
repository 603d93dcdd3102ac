package mx.captacion.roll;

/**
 * A citizen's situación registral as the compulsa reports it. The first three are what a lista
 * nominal extract says of a person in it; the others are what the compulsa concludes when the
 * roll cannot vouch for the record (they never appear in an extract).
 */
public enum RegistralStatus {
    EN_LISTA_NOMINAL("En lista nominal", true),
    BAJA_POR_DEFUNCION("Baja por defunción", true),
    SUSPENSION_DE_DERECHOS_POLITICOS("Suspensión de derechos político-electorales", true),
    NO_ENCONTRADO("No encontrado en lista nominal", false),
    DATOS_NO_COINCIDEN("Los datos no coinciden con la lista nominal", false),
    /** Double affiliation: the same citizen's more recent record for another actor is the one that counts. */
    AFILIADO_A_OTRO_ACTOR("Afiliado a otro actor político", false);

    private final String label;
    private final boolean inExtract;

    RegistralStatus(String label, boolean inExtract) {
        this.label = label;
        this.inExtract = inExtract;
    }

    public String label() {
        return label;
    }

    /** Whether a lista nominal extract may carry this status for a person. */
    public boolean inExtract() {
        return inExtract;
    }

    /** The only status that lets a record count. */
    public boolean counts() {
        return this == EN_LISTA_NOMINAL;
    }
}
