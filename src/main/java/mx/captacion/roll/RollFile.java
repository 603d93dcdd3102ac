package mx.captacion.roll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import mx.captacion.roll.internal.RollRejection;

/**
 * The lista nominal extract the platform imports: a UTF-8 CSV file (comma-separated, fields may be
 * quoted with {@code "}, no line breaks inside a field) whose first line is exactly {@link #HEADER},
 * then one citizen a line. Dates are {@code AAAA-MM-DD}, {@code sexo} H/M/X, {@code entidad} the
 * state number (1–32, 87 abroad), {@code seccion} 1–9999, {@code estatus} a {@link RegistralStatus} name.
 */
public final class RollFile {

    public static final String HEADER =
            "clave_elector,nombre,apellido_paterno,apellido_materno,fecha_nacimiento,sexo,entidad,seccion,estatus";
    /** The statuses an extract may carry, as the page lists them and a refusal names them. */
    public static final List<RegistralStatus> STATUSES = Arrays.stream(RegistralStatus.values())
            .filter(RegistralStatus::inExtract).toList();
    private static final String ACCEPTED_STATUSES = String.join(", ", STATUSES.stream().map(Enum::name).toList());
    private static final int FIELDS = 9;
    private static final int MAX_NAME = 100;
    private static final int MAX_SECCION = 9999;
    private static final char BOM = '\uFEFF';

    private RollFile() {
    }

    /** What one line of the file says: a citizen for the roll, or why the line was refused. */
    public sealed interface ParsedLine permits Citizen, Refusal {
    }

    public record Citizen(RollEntry entry) implements ParsedLine {
    }

    /** A refused line: a stable code and a Spanish message for the error report. */
    public record Refusal(String code, String message) implements ParsedLine {
    }

    public static boolean isHeader(String firstLine) {
        return firstLine != null && HEADER.equals(stripBom(firstLine).strip());
    }

    /** Refuses a file whose first line is not the header, before anything is imported from it. */
    public static void requireHeader(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (isHeader(reader.readLine())) {
                return;
            }
        } catch (IOException unreadable) {
            // reported below like any other file that does not start with the header
        }
        throw RollRejection.ENCABEZADO_INVALIDO.problem(HEADER);
    }

    public static ParsedLine parse(String line) {
        if (line.indexOf('\uFFFD') >= 0) {
            return refusal(RollRejection.CODIFICACION_INVALIDA);
        }
        List<String> f = split(line);
        if (f == null) {
            return refusal(RollRejection.COMILLAS_SIN_CERRAR);
        }
        if (f.size() != FIELDS) {
            return refusal(RollRejection.CAMPOS_INCORRECTOS, f.size(), FIELDS, HEADER);
        }
        String clave = f.get(0).toUpperCase();
        if (!ClaveElector.isWellFormed(clave)) {
            return refusal(RollRejection.CLAVE_ELECTOR_INVALIDA, echoed(clave));
        }
        String nombre = f.get(1);
        String paterno = f.get(2);
        String materno = f.get(3);
        if (nombre.isEmpty()) {
            return refusal(RollRejection.NOMBRE_FALTANTE);
        }
        if (paterno.isEmpty()) {
            return refusal(RollRejection.APELLIDO_PATERNO_FALTANTE);
        }
        if (nombre.length() > MAX_NAME || paterno.length() > MAX_NAME || materno.length() > MAX_NAME) {
            return refusal(RollRejection.NOMBRE_DEMASIADO_LARGO, MAX_NAME);
        }
        Optional<LocalDate> birth = date(f.get(4));
        if (birth.isEmpty()) {
            return refusal(RollRejection.FECHA_NACIMIENTO_INVALIDA, echoed(f.get(4)));
        }
        Optional<Sexo> sexo = Sexo.of(f.get(5));
        if (sexo.isEmpty()) {
            return refusal(RollRejection.SEXO_INVALIDO, echoed(f.get(5)));
        }
        Optional<Entidad> entidad = number(f.get(6), 99).flatMap(Entidad::byNumber);
        if (entidad.isEmpty()) {
            return refusal(RollRejection.ENTIDAD_INVALIDA, echoed(f.get(6)));
        }
        Optional<Integer> seccion = number(f.get(7), MAX_SECCION).filter(s -> s > 0);
        if (seccion.isEmpty()) {
            return refusal(RollRejection.SECCION_INVALIDA, echoed(f.get(7)));
        }
        Optional<RegistralStatus> status = registralStatus(f.get(8));
        if (status.isEmpty()) {
            return refusal(RollRejection.ESTATUS_INVALIDO, echoed(f.get(8)), ACCEPTED_STATUSES);
        }
        // The clave carries the birth date (YYMMDD) and the sex: a line that contradicts itself is refused.
        if (!clave.substring(6, 12).equals(Curp.yymmdd(birth.get())) || clave.charAt(14) != sexo.get().name().charAt(0)) {
            return refusal(RollRejection.DATOS_NO_COINCIDEN);
        }
        return new Citizen(new RollEntry(clave, nombre, paterno, materno.isEmpty() ? null : materno, birth.get(),
                sexo.get().name(), Integer.parseInt(entidad.get().number()), seccion.get(), status.get()));
    }

    /** One citizen as a line of the file (the inverse of {@link #parse}). */
    public static String line(RollEntry e) {
        return String.join(",", e.claveElector(), quoted(e.nombre()), quoted(e.apellidoPaterno()),
                quoted(e.apellidoMaterno() == null ? "" : e.apellidoMaterno()), e.fechaNacimiento().toString(), e.sexo(),
                "%02d".formatted(e.entidad()), Integer.toString(e.seccion()), e.registralStatus().name());
    }

    /** The fields of a line, trimmed; quotes group commas and {@code ""} is a quote; null if a quote is left open. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(FIELDS);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }

    static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
    }

    private static String quoted(String value) {
        return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The refused line's code and its message from the bundle, for the error report. */
    private static Refusal refusal(RollRejection rejection, Object... arguments) {
        return new Refusal(rejection.name(), rejection.problem(arguments).getMessage());
    }

    /** The report echoes the value, cut so that a runaway field cannot swell it. */
    private static String echoed(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text, int max) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text);
        return n <= max ? Optional.of(n) : Optional.empty();
    }

    private static Optional<RegistralStatus> registralStatus(String text) {
        try {
            return Optional.of(RegistralStatus.valueOf(text.toUpperCase())).filter(RegistralStatus::inExtract);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
