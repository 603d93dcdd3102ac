package mx.captacion.compulsa.internal;

import java.util.Arrays;
import java.util.Optional;

/** Where a batch goes: the name is the route's ({@code direct:compulsa-<name>} in integration/compulsa.camel.yaml). */
public enum CompulsaEndpoint {
    /** The lista nominal imported into the platform answers at once. */
    LOCAL("local", "Padrón importado"),
    /** A batch file in an outbox folder; the DERFE's answer file comes back to an inbox folder. */
    ARCHIVO("archivo", "Archivos con la DERFE");

    private final String routeName;
    private final String label;

    CompulsaEndpoint(String routeName, String label) {
        this.routeName = routeName;
        this.label = label;
    }

    public String routeName() {
        return routeName;
    }

    public String label() {
        return label;
    }

    public static Optional<CompulsaEndpoint> byRouteName(String name) {
        return Arrays.stream(values()).filter(e -> e.routeName.equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
