package mx.captacion.actors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** An actor's folio: {@code F} and 15 digits, e.g. F230617000000021 (issued: day YYMMDD and a 9-digit number). */
public record Folio(String value) {

    private static final Pattern FORMAT = Pattern.compile("F\\d{15}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public Folio {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Folio inválido: debe ser F seguida de 15 dígitos");
        }
    }

    /** The folio issued on a day (in central Mexico time) with a number of the folio sequence. */
    public static Folio issue(LocalDate day, long number) {
        if (number < 1 || number > 999_999_999L) {
            throw new IllegalArgumentException("El número de folio debe tener a lo más 9 dígitos: " + number);
        }
        return new Folio("F" + DAY.format(day) + "%09d".formatted(number));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
