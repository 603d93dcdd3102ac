package mx.captacion.records;

/** Defects the control desk names (seed table 7). */
public enum InconsistencyType {
    CREDENCIAL_NO_VALIDA("Credencial no válida"),
    FIRMA_NO_VALIDA("Firma no válida"),
    FOTO_NO_VALIDA("Foto no válida"),
    FOTOCOPIA_DE_CREDENCIAL("Fotocopia de credencial para votar"),
    OTRA("Otra");

    private final String label;

    InconsistencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
