package mx.captacion.actors;

/** How the control desk reviews the records the screening rules pass without a warning. */
public enum ReviewMode {
    /** A random share of them, until the sample's error rate passes the process's threshold. */
    MUESTREO("Muestreo"),
    /** All of them: the default, and for good once a sample showed too many errors. */
    COMPLETA("Revisión completa");

    private final String label;

    ReviewMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
