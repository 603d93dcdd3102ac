package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;

/** Seed tables 6 and 7 as of a cut-off, computed from the status history. */
class ProgressReportIT extends IntegrationTestBase {

    @Autowired
    ProgressReport report;

    @Test
    void eachCutOffCountsTheStatusEveryRecordHadThen() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        Instant before = clock.instant();
        var repeated = SUBMISSIONS.nextCitizen();
        UUID valid = accepted(submission(f));
        UUID copy = accepted(submission(f));
        UUID pending = accepted(SUBMISSIONS.of(repeated, f.processCode(), f.folio(), f.activeAuxiliar(),
                clock.instant().minusSeconds(30)));
        awaitStatus(valid, "EN_MESA_DE_CONTROL");
        awaitStatus(copy, "EN_MESA_DE_CONTROL");
        awaitStatus(pending, "EN_MESA_DE_CONTROL");
        sleep(5);
        Instant firstCutoff = clock.instant();
        sleep(5);
        review(valid, "VALIDO", null);
        review(copy, "FOTOCOPIA_DE_CREDENCIAL", null);
        UUID duplicate = accepted(SUBMISSIONS.of(repeated, f.processCode(), f.folio(), null, clock.instant()));
        awaitStatus(duplicate, "DUPLICADO");
        Instant secondCutoff = clock.instant();

        Progress empty = report.of(f.folio(), before).orElseThrow();
        assertThat(empty.total()).isZero();

        Progress first = report.of(f.folio(), firstCutoff).orElseThrow();
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.enMesaDeControl()).isEqualTo(3);
        assertThat(first.paraCompulsa() + first.conInconsistencia() + first.duplicados() + first.enProcesamiento()).isZero();

        Progress second = report.of(f.folio(), secondCutoff).orElseThrow();
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.paraCompulsa()).isEqualTo(1);
        assertThat(second.conInconsistencia()).isEqualTo(1);
        assertThat(second.duplicados()).isEqualTo(1);
        assertThat(second.enMesaDeControl()).isEqualTo(1);
        assertThat(second.enProcesamiento()).isZero();
        assertThat(second.inconsistencias())
                .filteredOn(c -> c.tipo().equals("FOTOCOPIA_DE_CREDENCIAL")).singleElement()
                .extracting(Progress.InconsistencyCount::total).isEqualTo(1L);
        assertThat(second.inconsistencias()).extracting(Progress.InconsistencyCount::total)
                .containsExactly(0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void theCutOffInstantItselfBelongsToTheNewStatus() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        UUID recordId = accepted(submission(f));
        review(recordId, "VALIDO", null);
        Instant changed = jdbc.queryForObject("""
                select valid_from from captacion.record_status_history
                 where record_id = ? and status = 'PARA_COMPULSA'""", Timestamp.class, recordId).toInstant();

        assertThat(report.of(f.folio(), changed.minus(1, ChronoUnit.MICROS)).orElseThrow().enMesaDeControl()).isEqualTo(1);
        assertThat(report.of(f.folio(), changed).orElseThrow().paraCompulsa()).isEqualTo(1);
        assertThat(report.of(f.folio(), changed).orElseThrow().enMesaDeControl()).isZero();
    }

    @Test
    void theApiAnswersTheReportToIneStaffOnly() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        UUID recordId = accepted(submission(f));
        awaitStatus(recordId, "EN_MESA_DE_CONTROL");
        String path = "/api/v1/actors/" + f.folio() + "/progress?cutoff=" + clock.instant();

        HttpResponse<String> answer = get(path, ANALYST);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode progress = body(answer);
        assertThat(progress.get("total").asLong()).isEqualTo(1);
        assertThat(progress.get("enMesaDeControl").asLong()).isEqualTo(1);
        assertThat(progress.get("inconsistencias")).hasSize(5);
        assertThat(get(path, REVIEWER).statusCode()).isEqualTo(403);
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(body(get("/api/v1/actors/F999999999999998/progress", ANALYST)).get("code").asText())
                .isEqualTo("ACTOR_DESCONOCIDO");
        HttpResponse<String> badCutoff = get("/api/v1/actors/" + f.folio() + "/progress?cutoff=ayer", ANALYST);
        assertThat(badCutoff.statusCode()).isEqualTo(400);
        assertThat(body(badCutoff).get("code").asText()).isEqualTo("CORTE_INVALIDO");
    }

    @Test
    void thePortalPageShowsBothTables() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        UUID recordId = accepted(submission(f));
        review(recordId, "FIRMA_NO_VALIDA", null);

        HttpResponse<String> page = get("/avance?folio=" + f.folio(), ANALYST);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("6. Reporte de avance preliminar (corte", "7. Tipo de inconsistencias preliminar",
                "Registros con inconsistencia", "Firma no válida");
        // each column explained in words on the page, not in a tooltip a phone cannot open
        assertThat(page.body()).contains("id=\"significado\"", "Recién recibidos: la plataforma revisa automáticamente",
                "esperan a que una persona del INE revise", "resultado de la compulsa contra la lista nominal");
        // table 6 without a cut-off counts up to this instant: total, para compulsa, duplicados,
        // con inconsistencia, en mesa de control, en procesamiento
        assertThat(firstRowOfNumbers(page.body())).containsExactly("1", "0", "0", "1", "0", "0");

        HttpResponse<String> before = get("/avance?folio=" + f.folio() + "&corte=2020-01-01T00:00", ANALYST);
        assertThat(firstRowOfNumbers(before.body())).containsExactly("0", "0", "0", "0", "0", "0");
        assertThat(before.body()).contains("(corte 01/01/2020 00:00 hrs.)");
        assertThat(get("/avance?folio=" + f.folio() + "&corte=ayer", ANALYST).body())
                .contains("El corte no es una fecha y hora válida.");
    }

    private static java.util.List<String> firstRowOfNumbers(String html) {
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(table).results()
                .map(m -> m.group(1)).toList();
    }
}
