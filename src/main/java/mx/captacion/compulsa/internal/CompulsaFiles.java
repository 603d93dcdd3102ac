package mx.captacion.compulsa.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import mx.captacion.roll.RegistralStatus;

/**
 * The file exchange with the DERFE (the {@code archivo} endpoint): a batch becomes a CSV file in
 * the outbox folder; the DERFE's answer is a CSV file dropped in the inbox folder. The same shape
 * serves an SFTP or HTTP endpoint: only the route's {@code to}/{@code from} change.
 *
 * <pre>
 * batch:  registro,clave_elector,nombre,apellido_paterno,apellido_materno,fecha_nacimiento,sexo,entidad,seccion
 * answer: registro,situacion_registral        (more columns are ignored)
 * </pre>
 * {@code situacion_registral} is a {@link RegistralStatus} name, e.g. {@code EN_LISTA_NOMINAL}.
 */
@Component("compulsaFiles")
public class CompulsaFiles {

    static final String[] BATCH_HEADER = {"registro", "clave_elector", "nombre", "apellido_paterno",
        "apellido_materno", "fecha_nacimiento", "sexo", "entidad", "seccion"};
    static final String RECORD = "registro";
    static final String STATUS = "situacion_registral";

    private static final CSVFormat ANSWER_FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final CompulsaProblems problems;

    CompulsaFiles(CompulsaProblems problems) {
        this.problems = problems;
    }

    public String batchFile(CompulsaBatch batch) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(BATCH_HEADER)
                .setRecordSeparator("\n").get())) {
            for (CompulsaRequest r : batch.requests()) {
                csv.printRecord(r.recordId(), r.claveElector(), r.nombre(), r.apellidoPaterno(),
                        r.apellidoMaterno() == null ? "" : r.apellidoMaterno(), r.fechaNacimiento(), r.sexo(),
                        r.entidad(), r.seccion());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The answers of a file, in order. A line that cannot be read is reported with its number and
     * skipped; a file without the two columns is reported whole and yields nothing.
     */
    public List<CompulsaAnswer> answers(String body, @Header("CamelFileName") String fileName) {
        String source = "Archivo " + fileName;
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<CompulsaAnswer> answers = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), ANSWER_FORMAT)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains(RECORD) || !header.contains(STATUS)) {
                problems.report(source, null, null, CompulsaRejection.ARCHIVO_INVALIDO.problem());
                return List.of();
            }
            int recordColumn = header.indexOf(RECORD);
            int statusColumn = header.indexOf(STATUS);
            for (CSVRecord line : csv) {
                long number = csv.getCurrentLineNumber();
                if (!line.isConsistent()) {
                    problems.report(source, number, null, CompulsaRejection.LINEA_INVALIDA.problem(line.size(), header.size()));
                    continue;
                }
                String ref = line.get(recordColumn);
                Optional<RegistralStatus> status = status(line.get(statusColumn));
                if (status.isEmpty()) {
                    problems.report(source, number, ref, CompulsaRejection.SITUACION_INVALIDA.problem(line.get(statusColumn)));
                    continue;
                }
                answers.add(new CompulsaAnswer(source, number, ref, status.get()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.report(source, null, null, CompulsaRejection.ARCHIVO_INVALIDO.problemSaying("incompleto",
                    String.valueOf(e.getMessage()), answers.size()));
        }
        return answers;
    }

    private static Optional<RegistralStatus> status(String text) {
        try {
            return Optional.of(RegistralStatus.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
