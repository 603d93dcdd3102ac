package mx.captacion.actors;

import java.util.regex.Pattern;

/** An actor's folio: {@code F} and 15 digits, e.g. F230617000000021. */
public record Folio(String value) {

    private static final Pattern FORMAT = Pattern.compile("F\\d{15}");

    public Folio {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Folio inválido: debe ser F seguida de 15 dígitos");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
