package mx.captacion.auxiliares.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.stereotype.Service;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.NewAuxiliar;
import mx.captacion.platform.ApiProblem;

/**
 * Alta of many auxiliares from a CSV file ({@code nombre,correo,autenticacion}, UTF-8, header
 * first). The whole file is read and checked before the first alta, so a file-level error (size,
 * encoding, header, too many rows) registers nobody; after that every line is its own alta, and a
 * refused line does not stop the others.
 */
@Service
public class AuxiliarCsvUpload {

    static final List<String> COLUMNS = List.of("nombre", "correo", "autenticacion");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
            // the header is checked here, with a Spanish answer, not by the parser
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();

    private final AuxiliarRegistry registry;
    private final int maxBytes;
    private final int maxRows;

    AuxiliarCsvUpload(AuxiliarRegistry registry, AuxiliarSettings settings) {
        this.registry = registry;
        this.maxBytes = settings.csv().maxBytes();
        this.maxRows = settings.csv().maxRows();
    }

    public record Registered(long line, String auxiliarId, String name, String email) {
    }

    public record Rejected(long line, String code, String message) {
    }

    public record Result(List<Registered> registered, List<Rejected> rejected) {
    }

    /** A data line as read: the alta it asks for, or why it cannot be one. */
    private record Line(long number, NewAuxiliar data, ApiProblem problem) {
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    /** Registers every valid line; throws an {@link ApiProblem} when the file as a whole is refused. */
    public Result upload(PoliticalActor actor, byte[] content) {
        List<Registered> registered = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Line line : read(content)) {
            try {
                if (line.problem() != null) {
                    throw line.problem();
                }
                Auxiliar auxiliar = registry.alta(actor, line.data()); // its own transaction
                registered.add(new Registered(line.number(), auxiliar.getAuxiliarId().value(), auxiliar.getName(),
                        auxiliar.getEmail()));
            } catch (ApiProblem problem) {
                rejected.add(new Rejected(line.number(), problem.code(), problem.getMessage()));
            }
        }
        return new Result(registered, rejected);
    }

    private List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw AuxiliarRejection.ARCHIVO_VACIO.problem();
        }
        if (content.length > maxBytes) {
            throw AuxiliarRejection.ARCHIVO_DEMASIADO_GRANDE.problem(maxBytes / 1024);
        }
        String text = utf8(content);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            LineNumbers lines = new LineNumbers(text);
            List<Line> read = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    if (read.size() == maxRows) {
                        throw AuxiliarRejection.DEMASIADAS_FILAS.problem(read.size() + 1 + count(parser), maxRows);
                    }
                    read.add(line(lines.of(record.getCharacterPosition()), record, columns));
                }
            } catch (UncheckedIOException e) { // an unclosed quote, mostly
                throw AuxiliarRejection.CSV_MAL_FORMADO.problem(parser.getCurrentLineNumber() + 1);
            }
            if (read.isEmpty()) {
                throw AuxiliarRejection.ARCHIVO_VACIO.problem();
            }
            return read;
        } catch (IOException | UncheckedIOException e) {
            throw AuxiliarRejection.CSV_MAL_FORMADO.problem(1);
        }
    }

    private static Line line(long number, CSVRecord record, Map<String, Integer> columns) {
        if (record.size() != COLUMNS.size()) {
            return new Line(number, null, AuxiliarRejection.COLUMNAS_INCORRECTAS.problem(record.size()));
        }
        String authentication = record.get(columns.get("autenticacion"));
        AuthenticationType type = null;
        if (!authentication.isEmpty()) {
            try {
                type = AuthenticationType.valueOf(SearchText.of(authentication).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return new Line(number, null, AuxiliarRejection.AUTENTICACION_DESCONOCIDA.problem(authentication));
            }
        }
        return new Line(number, new NewAuxiliar(record.get(columns.get("nombre")), record.get(columns.get("correo")),
                type), null);
    }

    /** Where each expected column is; refuses a header that is not exactly the three (any order, case or accents). */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(SearchText.of(header.get(i).trim()), i);
        }
        if (header.size() != COLUMNS.size() || !columns.keySet().containsAll(COLUMNS)) {
            throw AuxiliarRejection.ENCABEZADO_INVALIDO.problem(String.join(",", header));
        }
        return columns;
    }

    private static long count(CSVParser parser) {
        long more = 0;
        for (CSVRecord ignored : parser) {
            more++;
        }
        return more;
    }

    /** Strict UTF-8 (a Latin-1 file would turn "Muñoz" into garbage silently), without a BOM. */
    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw AuxiliarRejection.ARCHIVO_NO_UTF8.problem();
        }
    }

    /** The line a character position is on, as a spreadsheet numbers it (the header is line 1). */
    private static final class LineNumbers {

        private final String text;
        private int position;
        private long line = 1;

        LineNumbers(String text) {
            this.text = text;
        }

        /** Positions only grow, so one pass over the text serves every record. */
        long of(long characterPosition) {
            while (position < characterPosition && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
