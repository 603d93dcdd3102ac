package mx.captacion.nota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.Roles;

/**
 * The nota informativa from data made through the platform's real paths: the PDF's text carries
 * the seed's numbered tables with the cut-off, the Spanish figures and sentences, and annex B
 * shows a refused submission in its hour with its code.
 */
class NotaInformativaIT extends IntegrationTestBase {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:00");
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("HH:mm 'horas del' d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));

    @Autowired
    ProducerTemplate camel;

    /** An actor with three records (one found with an inconsistency), one refused submission and a 12,345 requirement. */
    private record Scenario(Fixture fixture, Instant cutoff, String refusedCode, Instant refusedAt) {
    }

    private Scenario scenario() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        jdbc.update("update captacion.capture_process set required_records = 12345, required_states = 7 where code = ?",
                f.processCode());
        UUID first = accepted(submission(f));
        UUID second = accepted(submission(f));
        UUID third = accepted(submission(f));
        awaitStatus(first, "EN_MESA_DE_CONTROL");
        awaitStatus(second, "EN_MESA_DE_CONTROL");
        awaitStatus(third, "EN_MESA_DE_CONTROL");
        review(first, "FOTOCOPIA_DE_CREDENCIAL", null);
        awaitStatus(first, "CON_INCONSISTENCIA");
        // the auxiliar given a baja has no device token left: the app's submission is refused
        HttpResponse<String> refused = postRecord(SUBMISSIONS.next(f.processCode(), f.folio(), f.bajaAuxiliar(),
                clock.instant().minusSeconds(60)));
        assertThat(refused.statusCode()).isBetween(400, 499);
        String code = body(refused).get("code").asText();
        // a name no other test's case carries: the search of section 10 spans every case
        jdbc.update("update captacion.political_actor set representative_name = ? where id = ?",
                "Representante Sin Casos " + f.folio(), f.actorId());
        // the representative called the MATO, and the call resolved it (seed tables 11 and 12)
        ensureUser("mato.nota.it", Roles.MATO);
        HttpResponse<String> call = postJson("/api/v1/mesa-ayuda/llamadas", "mato.nota.it", Map.of(
                "level", "MATO", "callerName", "Lucía Ramírez Soto", "phone", "5553334444", "actorFolio", f.folio(),
                "types", List.of("ACCESO_APP"), "reason", "No puede entrar a la aplicación",
                "result", "Se le indicó cómo restablecer su contraseña.", "resolved", true));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        Instant refusedAt = jdbc.queryForObject("""
                select refused_at from captacion.record_refusal where actor_folio = ? and code = ?""",
                Timestamp.class, f.folio(), code).toInstant();
        sleep(5);
        return new Scenario(f, clock.instant(), code, refusedAt);
    }

    @Test
    void thePdfCarriesTheSeedsTablesFiguresAndAnnexAtTheCutoff() throws IOException {
        Scenario s = scenario();
        Fixture f = s.fixture();

        HttpResponse<byte[]> answer = getBytes("/api/v1/actors/" + f.folio() + "/nota-informativa.pdf?cutoff="
                + s.cutoff(), ANALYST);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = pdfText(answer.body());
        String corte = "(corte " + Cutoffs.toText(s.cutoff()) + ")";
        assertThat(text).contains("NOTA INFORMATIVA",
                "Sistema de Captación de Datos para Procesos de Participación Ciudadana y Actores Políticos",
                "1. Agrupaciones políticas registradas por día " + corte,
                "2. Recepción de registros ciudadanos captados con la aplicación móvil por mes " + corte,
                "3. Gráfica de recepción de registros ciudadanos recibidos por mes del proceso " + corte,
                "4. Auxiliares registrados " + corte,
                "5. Tipos de baja de auxiliares registrados " + corte,
                "6. Reporte de avance preliminar " + corte,
                "7. Tipo de inconsistencias preliminar " + corte,
                "8. Reporte de recepción por día " + corte,
                "9. Gráfica de recepción de registros ciudadanos por día " + corte,
                "Resultado: No se encontraron registros.",
                "10. Casos de la mesa de ayuda encontrados por el nombre del representante legal",
                "11. Atención de reportes recibidos y atendidos por la MATO " + corte,
                "12. Detalle de la atención a los reportes de la agrupación política " + corte,
                "Lucía Ramírez Soto", "Se le indicó cómo restablecer su contraseña.",
                "Acceso a la aplicación auxiliar/mi apoyo Llamada telefónica 1",
                "Caso “" + "Agrupación de Prueba",
                "el sistema le asignó el folio “" + f.folio() + "”",
                // the fixture writes its auxiliares without a status history, so none counts at any cut-off
                "cuenta con 0 auxiliares registrados, de los cuales 0 se encuentran activos",
                "se han recibido 3 registros ciudadanos, con corte a las " + LONG.format(s.cutoff().atZone(CaptureProcess.ZONE))
                        + ", de los cuales 3 registros ciudadanos han sido captados y enviados por 1 auxiliar, y 0",
                // counts agree with their noun: one process actor, one help-desk report
                "periodo en el cual se tiene registrado 1 actor político, con corte al",
                "ha recibido 1 reporte de la agrupación política",
                "Del 1 registro con alguna inconsistencia",
                "Fotocopia de credencial",
                "0 de 12,345 registros válidos",
                "Anexo B. Disponibilidad y errores de la recepción de registros");
        // table 6: total, para compulsa, duplicados, con inconsistencia, en mesa de control, en procesamiento
        assertThat(text).contains("Registros en procesamiento 3 0 0 1 2 0");
        // annex B: the refusal in its hour, with its code, and its code among the window's
        String hour = HOUR.format(s.refusedAt().atZone(CaptureProcess.ZONE));
        // (the PDF may break a long code after its underscore, as SpaceLineBreaker allows)
        String code = java.util.regex.Pattern.quote(s.refusedCode()).replace("_", "_\\E\\s?\\Q");
        // (counts of other tests' refusals in the same hour may pass a thousand: «2,895»)
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(hour) + " \\S+ \\S+ [\\d,]+ 1 [\\d,]+ [^.]*"
                + code + " \\(\\d+\\)");
        assertThat(text).containsPattern(s.refusedCode() + " 1 \\d+");
    }

    @Test
    void theRefusalLogKeepsCodeProcessAndActorButNoPersonalData() {
        Fixture f = newFixture();
        HttpResponse<String> unknownProcess = postRecord(SUBMISSIONS.next("NO-EXISTE-" + f.processCode(), f.folio(),
                f.activeAuxiliar(), clock.instant().minusSeconds(60)));
        assertThat(body(unknownProcess).get("code").asText()).isEqualTo("PROCESO_DESCONOCIDO");
        HttpResponse<String> notJson = postRaw("{ no es json", "application/json");
        assertThat(body(notJson).get("code").asText()).isEqualTo("JSON_MAL_FORMADO");

        Map<String, Object> row = jdbc.queryForMap("""
                select code, http_status, process_code, actor_folio from captacion.record_refusal
                 where process_code = ?""", "NO-EXISTE-" + f.processCode());
        assertThat(row).containsEntry("code", "PROCESO_DESCONOCIDO").containsEntry("http_status", 422)
                .containsEntry("actor_folio", f.folio());
        assertThat(jdbc.queryForObject("""
                select count(*) from captacion.record_refusal
                 where code = 'JSON_MAL_FORMADO' and actor_folio is null and refused_at >= ?""", Long.class,
                Timestamp.from(clock.instant().minusSeconds(60)))).isPositive();
        // a status query for an unknown record is no refused submission
        long before = jdbc.queryForObject("select count(*) from captacion.record_refusal", Long.class);
        assertThat(get("/api/v1/records/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from captacion.record_refusal", Long.class)).isEqualTo(before);
    }

    @Test
    void ineStaffReadTheNoteAsAPageAndDownloadItOthersCannot() throws IOException {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        UUID record = accepted(submission(f));
        awaitStatus(record, "EN_MESA_DE_CONTROL");

        HttpResponse<String> page = get("/avance/nota?folio=" + f.folio(), ANALYST);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("NOTA INFORMATIVA", "6. Reporte de avance preliminar (corte",
                "8. Reporte de recepción por día (corte", "data:image/png;base64,",
                "/avance/nota.pdf?folio=" + f.folio());
        assertThat(get("/", ANALYST).body()).as("linked from the INE home").contains("/avance/nota?folio=" + f.folio());
        assertThat(get("/avance/nota?folio=F999999999999998", ANALYST).body())
                .contains("No existe el actor político con ese folio.");

        HttpResponse<byte[]> pdf = getBytes("/avance/nota.pdf?folio=" + f.folio() + "&corte=2020-01-01T00:00", ANALYST);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("6. Reporte de avance preliminar (corte 01/01/2020 00:00 hrs.)");

        assertThat(get("/avance/nota?folio=" + f.folio(), REVIEWER).statusCode()).isEqualTo(403);
        assertThat(getBytes("/api/v1/actors/" + f.folio() + "/nota-informativa.pdf", REVIEWER).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = send(java.net.http.HttpRequest.newBuilder(uri("/avance/nota"))
                .header("Accept", "text/html").GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");
        HttpResponse<String> unknown = get("/api/v1/actors/F999999999999998/nota-informativa.pdf", ANALYST);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("code").asText()).isEqualTo("ACTOR_DESCONOCIDO");
    }

    @Test
    void theExportRouteWritesEachActorsPdfToTheFolder() throws IOException {
        Fixture f = newFixture();
        Fixture other = otherActorIn(f);
        Instant cutoff = clock.instant();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(cutoff.atZone(CaptureProcess.ZONE));

        camel.sendBodyAndHeaders("direct:nota-export", null,
                Map.of("notaProcess", f.processCode(), "notaCutoff", cutoff.toString()));

        for (Fixture actor : new Fixture[] {f, other}) {
            Path file = Path.of("target/test-exportaciones", "nota-" + actor.folio() + "-" + stamp + ".pdf");
            assertThat(file).exists();
            assertThat(pdfText(Files.readAllBytes(file))).contains("“" + actor.folio() + "”",
                    "6. Reporte de avance preliminar (corte " + Cutoffs.toText(cutoff) + ")");
        }
    }

    /** The PDF's text as PDFBox extracts it, every run of white space as one space. */
    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
