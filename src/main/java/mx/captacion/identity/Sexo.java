package mx.captacion.identity;

import java.util.Optional;

/** Sex as recorded in the CURP and the clave de elector. */
public enum Sexo {
    H("Hombre"),
    M("Mujer"),
    X("No binario");

    private final String displayName;

    Sexo(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Sexo> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Sexo sexo : values()) {
            if (sexo.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(sexo);
            }
        }
        return Optional.empty();
    }
}
