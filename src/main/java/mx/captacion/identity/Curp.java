package mx.captacion.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Construction and validation of the Clave Única de Registro de Población (CURP). */
public final class Curp {

    /** The format alone, as a regular expression: also what the Mi Apoyo page's field checks before sending. */
    public static final String PATTERN = "[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private static final String DICTIONARY = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    private static final Set<String> INCONVENIENT_WORDS = Set.of(
            "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI",
            "COJA", "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA",
            "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI",
            "KOJO", "KOLA", "KULO", "LILO", "LOCA", "LOCO", "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS",
            "MEON", "MIAR", "MION", "MOCO", "MOKO", "MULA", "MULO", "NACA", "NACO", "PEDA", "PEDO", "PENE",
            "PIPI", "PITO", "POPO", "PUTA", "PUTO", "QULO", "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO",
            "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI", "VUEY", "WUEI", "WUEY");

    private Curp() {
    }

    /** Exact upper-case format, a real birth date and a known state code; the check digit is not verified. */
    public static boolean isWellFormed(String curp) {
        return curp != null
                && FORMAT.matcher(curp).matches()
                && Entidad.byCurpCode(curp.substring(11, 13)).isPresent()
                && birthDate(curp).isPresent();
    }

    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("Se requieren los primeros 17 caracteres de la CURP");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = DICTIONARY.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Carácter no válido en la CURP: " + first17.charAt(i));
            }
            sum += value * (18 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public static boolean hasValidCheckDigit(String curp) {
        if (curp == null || curp.length() != 18 || curp.chars().limit(17).anyMatch(c -> DICTIONARY.indexOf(c) < 0)) {
            return false;
        }
        return checkDigit(curp.substring(0, 17)) == curp.charAt(17);
    }

    /** Positions 1–4: paterno initial and internal vowel, materno initial, given-name initial. */
    public static String nameLetters(String nombre, String paterno, String materno) {
        String p = Names.surname(paterno);
        String m = Names.surname(materno);
        String n = Names.givenName(nombre);
        char[] letters = {initial(p), internalVowel(p), initial(m), initial(n)};
        if (INCONVENIENT_WORDS.contains(new String(letters))) {
            letters[1] = 'X';
        }
        return new String(letters);
    }

    /** Positions 14–16: first internal consonant of paterno, materno and given name. */
    public static String internalConsonants(String nombre, String paterno, String materno) {
        return "" + internalConsonant(Names.surname(paterno))
                + internalConsonant(Names.surname(materno))
                + internalConsonant(Names.givenName(nombre));
    }

    /**
     * @param differentiator the homoclave character: a digit for births before 2000, a letter from 2000 on
     */
    public static String build(String nombre, String paterno, String materno, LocalDate birth, Sexo sexo,
                               Entidad entidad, char differentiator) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(sexo, "sexo");
        Objects.requireNonNull(entidad, "entidad");
        if (birth.getYear() < 1900 || birth.getYear() > 2099) {
            throw new IllegalArgumentException("La CURP sólo admite nacimientos entre 1900 y 2099");
        }
        boolean digitExpected = birth.getYear() < 2000;
        boolean valid = digitExpected
                ? differentiator >= '0' && differentiator <= '9'
                : differentiator >= 'A' && differentiator <= 'Z';
        if (!valid) {
            throw new IllegalArgumentException(digitExpected
                    ? "Para nacimientos anteriores a 2000 el diferenciador debe ser un dígito"
                    : "Para nacimientos a partir de 2000 el diferenciador debe ser una letra");
        }
        String first17 = nameLetters(nombre, paterno, materno) + yymmdd(birth) + sexo.name() + entidad.curpCode()
                + internalConsonants(nombre, paterno, materno) + differentiator;
        return first17 + checkDigit(first17);
    }

    public static String yymmdd(LocalDate date) {
        return "%02d%02d%02d".formatted(date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }

    /** The differentiator settles the century, which matters for 29 February 1900 versus 2000. */
    private static Optional<LocalDate> birthDate(String curp) {
        int century = Character.isDigit(curp.charAt(16)) ? 1900 : 2000;
        return date(century + Integer.parseInt(curp.substring(4, 6)), curp.substring(6, 8), curp.substring(8, 10));
    }

    static Optional<LocalDate> date(int year, String mm, String dd) {
        int month = Integer.parseInt(mm);
        int day = Integer.parseInt(dd);
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static char initial(String word) {
        return word.isEmpty() ? 'X' : word.charAt(0);
    }

    private static char internalVowel(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Names.isVowel(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return 'X';
    }

    private static char internalConsonant(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!Names.isVowel(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return 'X';
    }
}
