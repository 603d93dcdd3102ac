package mx.captacion.roll;

/** A citizen's standing in the electoral roll (padrón/lista nominal) as the DERFE reports it. */
public enum RegistralStatus {
    EN_LISTA_NOMINAL("En lista nominal"),
    BAJA_POR_DEFUNCION("Baja por defunción"),
    SUSPENSION_DE_DERECHOS_POLITICOS("Suspensión de derechos político-electorales");

    private final String label;

    RegistralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
