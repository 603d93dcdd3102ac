package mx.captacion.auxiliares;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An auxiliar's public ID, e.g. AUX-0001000: mailed to the auxiliar, typed in the app, sent with every
 * record and named in help-desk tickets. Not the auxiliar's database key ({@link Auxiliar#getId()}),
 * which other modules hold under the name {@code auxiliarKey}.
 */
public record AuxiliarId(String value) {

    /**
     * Letters, digits and hyphens, at most the column's 20. Looser than what {@code AuxiliarIds} issues
     * (AUX and 7 digits) because auxiliares written straight into the table (the integration tests'
     * fixtures, the benchmarks) carry IDs of their own, and an ID read back must always be one.
     */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,20}");

    public AuxiliarId {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "ID de auxiliar inválido: debe tener de 1 a 20 letras, dígitos o guiones");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /**
     * The ID someone typed or sent, without surrounding blanks; empty when the text cannot be an ID
     * (blank, too long, other characters), so a caller answers as it does for an ID nobody holds.
     */
    public static Optional<AuxiliarId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        return isValid(trimmed) ? Optional.of(new AuxiliarId(trimmed)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
