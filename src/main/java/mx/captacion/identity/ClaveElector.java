package mx.captacion.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Construction and validation of the INE clave de elector: 6 letters, birth date YYMMDD, birth-state
 * number, sex and a 3-digit homoclave.
 *
 * <p>INE does not publish the rule for the 6 letters; ours is the first two consonants of apellido
 * paterno, apellido materno and given name (same normalisation and particle skipping as the CURP),
 * padded with X.
 */
public final class ClaveElector {

    /** The format alone, as a regular expression: also what the Mi Apoyo page's field checks before sending. */
    public static final String PATTERN = "[A-Z]{6}\\d{6}\\d{2}[HMX]\\d{3}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private ClaveElector() {
    }

    public static boolean isWellFormed(String clave) {
        return clave != null
                && FORMAT.matcher(clave).matches()
                && Entidad.byNumber(clave.substring(12, 14)).isPresent()
                // The clave carries no century; 20YY is leap whenever 19YY is, so it never rejects a real date.
                && Curp.date(2000 + Integer.parseInt(clave.substring(6, 8)), clave.substring(8, 10),
                        clave.substring(10, 12)).isPresent();
    }

    public static String letters(String nombre, String paterno, String materno) {
        return firstTwoConsonants(Names.surname(paterno))
                + firstTwoConsonants(Names.surname(materno))
                + firstTwoConsonants(Names.givenName(nombre));
    }

    public static String build(String nombre, String paterno, String materno, LocalDate birth, Entidad birthState,
                               Sexo sexo, int homoclave) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(birthState, "birthState");
        Objects.requireNonNull(sexo, "sexo");
        if (homoclave < 0 || homoclave > 999) {
            throw new IllegalArgumentException("La homoclave debe estar entre 000 y 999");
        }
        return letters(nombre, paterno, materno) + Curp.yymmdd(birth) + birthState.number() + sexo.name()
                + "%03d".formatted(homoclave);
    }

    private static String firstTwoConsonants(String word) {
        StringBuilder consonants = new StringBuilder(2);
        for (int i = 0; i < word.length() && consonants.length() < 2; i++) {
            if (!Names.isVowel(word.charAt(i))) {
                consonants.append(word.charAt(i));
            }
        }
        while (consonants.length() < 2) {
            consonants.append('X');
        }
        return consonants.toString();
    }
}
