package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.PortalSession;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.hearings.RecordHearingProcess;
import mx.captacion.records.RecordId;

/**
 * The garantía de audiencia on PostgreSQL over HTTP: INE opens it, a representative contests a
 * record judged at the control desk, an audiencia reviewer restores it through Camunda's REST API
 * and the record goes to the compulsa; late, repeated, foreign and unjudged contests are refused.
 */
class HearingIT extends HearingTestBase {

    @Autowired
    private RuntimeService runtime;

    @Test
    void aRepresentativeContestsWithinTheWindowAndTheReviewerRestoresTheRecord() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = inconsistent(f);

        HttpResponse<String> opened = postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST,
                Map.of("windowDays", 10));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(body(opened).get("open").asBoolean()).isTrue();
        HttpResponse<String> again = postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("AUDIENCIA_YA_ABIERTA");

        JsonNode page = body(get("/api/v1/actors/" + f.folio() + "/audiencia", rep));
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("records").get(0).get("reason").asText()).isEqualTo("Firma no válida: trazo distinto");
        String image = page.get("records").get(0).get("imagesPath").asText() + "/anverso";
        assertThat(getBytes(image, rep).statusCode()).isEqualTo(200);

        HttpResponse<String> shortArgument = contest(f, rep, List.of(record), "no");
        assertThat(shortArgument.statusCode()).isEqualTo(400);
        assertThat(body(shortArgument).get("code").asText()).isEqualTo("ARGUMENTO_REQUERIDO");

        HttpResponse<String> contested = contest(f, rep, List.of(record), ARGUMENT);
        assertThat(contested.statusCode()).as(contested.body()).isEqualTo(201);
        HttpResponse<String> twice = contest(f, rep, List.of(record), ARGUMENT);
        assertThat(body(twice).get("code").asText()).isEqualTo("REGISTRO_YA_IMPUGNADO");
        assertThat(getBytes(HearingImages.reviewerPath(new RecordId(record)) + "/firma", HEARING_REVIEWER).statusCode()).isEqualTo(200);

        decide(record, "RESTITUIR", "La firma sí corresponde a la credencial.");

        awaitStatus(record, "PARA_COMPULSA");
        awaitDecided(record);
        JsonNode contests = body(get("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep));
        assertThat(contests.get(0).get("outcome").asText()).isEqualTo("RESTITUIR");
        assertThat(contests.get(0).get("decidedBy").asText()).isEqualTo(HEARING_REVIEWER);
        assertThat(jdbc.queryForObject("select count(*) from captacion.record_status_history where record_id = ? "
                + "and status = 'PARA_COMPULSA' and valid_to is null", Integer.class, record)).isEqualTo(1);
        // the real compulsa treats it like any other record, and its answer ends the hearing's wait
        compulsaNotFound(f);
        awaitStatus(record, "NO_VALIDO"); // a synthetic citizen is in no imported roll
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(record.toString())
                .processDefinitionKey(RecordHearingProcess.KEY).count()).isZero();
    }

    @Test
    void aRecordTheCompulsaFoundNotValidIsContestedAndRestoredValid() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = paraCompulsa(submission(f));
        compulsaNotFound(f);
        awaitStatus(record, "NO_VALIDO");
        assertThat(postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of())
                .statusCode()).isEqualTo(201);

        JsonNode page = body(get("/api/v1/actors/" + f.folio() + "/audiencia", rep));
        assertThat(page.get("records").get(0).get("status").asText()).isEqualTo("NO_VALIDO");
        assertThat(page.get("records").get(0).get("reason").asText()).isEqualTo("No encontrado en lista nominal");
        HttpResponse<String> contested = contest(f, rep, List.of(record), ARGUMENT);
        assertThat(contested.statusCode()).as(contested.body()).isEqualTo(201);
        assertThat(body(contested).get(0).get("reason").asText()).isEqualTo("No encontrado en lista nominal");

        decide(record, "RESTITUIR", "El ciudadano acreditó su inscripción en la lista nominal.");

        awaitStatus(record, "VALIDO");
        awaitDecided(record);
        assertThat(jdbc.queryForList("select status from captacion.record_status_history where record_id = ? "
                + "order by valid_from", String.class, record)).endsWith("PARA_COMPULSA", "NO_VALIDO", "VALIDO");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(record.toString())
                .processDefinitionKey(RecordHearingProcess.KEY).count()).isZero();
    }

    @Test
    void aRestoredRecordWhoseCitizenCountsAgainWithAnotherRecordIsThatOnesDuplicate() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();
        UUID first = inconsistent(submission(f, citizen, clock.instant().minusSeconds(120)));
        // the inconsistency released the citizen: the auxiliar captured them again, and that record counts
        UUID second = accepted(submission(f, citizen, clock.instant().minusSeconds(60)));
        awaitStatus(second, "EN_MESA_DE_CONTROL");
        postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of());
        assertThat(contest(f, rep, List.of(first), ARGUMENT).statusCode()).isEqualTo(201);

        decide(first, "RESTITUIR", "La firma sí corresponde a la credencial.");

        awaitStatus(first, "DUPLICADO");
        awaitDecided(first);
        assertThat(jdbc.queryForObject("select findings from captacion.citizen_record where id = ?", String.class,
                first)).contains(second.toString());
        // the contest tells the restitution left a duplicate, not a record that counts
        assertThat(body(get("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep)).get(0)
                .get("recordStatus").asText()).isEqualTo("DUPLICADO");
        assertThat(portal(rep).get("/organizacion/audiencia").body()).contains("Registro restituido, pero duplicado");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.toString())
                .processDefinitionKey(RecordHearingProcess.KEY).count()).isZero();
    }

    @Test
    void aConfirmedJudgementChangesOnlyTheContest() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = inconsistent(f);
        postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of());
        assertThat(contest(f, rep, List.of(record), ARGUMENT).statusCode()).isEqualTo(201);

        HttpResponse<String> noExplanation = postJson("/engine-rest/task/" + hearingTask(record) + "/submit-form",
                HEARING_REVIEWER, Map.of("variables", Map.of("outcome", Map.of("value", "CONFIRMAR"))));
        assertThat(noExplanation.statusCode()).isEqualTo(400);
        decide(record, "CONFIRMAR", "La firma no corresponde a la de la credencial.");

        awaitDecided(record);
        assertThat(statusOf(record)).isEqualTo("CON_INCONSISTENCIA");
        JsonNode contests = body(get("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep));
        assertThat(contests.get(0).get("outcome").asText()).isEqualTo("CONFIRMAR");
        assertThat(contests.get(0).get("recordStatus").asText()).isEqualTo("CON_INCONSISTENCIA");
        assertThat(contests.get(0).get("state").asText()).isEqualTo("RESUELTA");
    }

    @Test
    void aContestAfterTheDeadlineIsRefusedAndNothingIsWritten() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = inconsistent(f);

        HttpResponse<String> none = contest(f, rep, List.of(record), ARGUMENT);
        assertThat(body(none).get("code").asText()).isEqualTo("AUDIENCIA_NO_ABIERTA");

        postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of("windowDays", 3));
        Instant past = Instant.parse("2026-01-10T05:59:59Z"); // 09/01/2026 23:59:59 in Mexico City
        jdbc.update("update captacion.hearing set deadline = ? where process_id = "
                + "(select id from captacion.capture_process where code = ?)", Timestamp.from(past), f.processCode());

        HttpResponse<String> late = contest(f, rep, List.of(record), ARGUMENT);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(body(late).get("code").asText()).isEqualTo("AUDIENCIA_VENCIDA");
        assertThat(body(late).get("message").asText())
                .isEqualTo("El plazo de la garantía de audiencia venció el 09/01/2026 23:59 hrs.");
        assertThat(jdbc.queryForObject("select count(*) from captacion.hearing_contest where record_id = ?",
                Integer.class, record)).isZero();

        // the page says the same, and a form posted from a page loaded before the deadline is refused alike
        PortalSession portal = portal(rep);
        String page = portal.get("/organizacion/audiencia").body();
        assertThat(page).contains("El plazo de la garantía de audiencia venció el 09/01/2026 23:59 hrs.")
                .doesNotContain("id=\"argumento\"");
        HttpResponse<String> posted = portal.post("/organizacion/audiencia/impugnaciones",
                Map.of("uno", record.toString(), "argumento", ARGUMENT));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("role=\"alert\" id=\"error\">El plazo de la garantía de audiencia venció el 09/01/2026 23:59 hrs.");
    }

    @Test
    void aBatchWithAForeignOrUnjudgedRecordIsRefusedWhole() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID judged = inconsistent(f);
        Fixture other = newFixture();
        UUID foreign = inconsistent(other);
        UUID unjudged = accepted(submission(f));
        awaitStatus(unjudged, "EN_MESA_DE_CONTROL");
        postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of());

        HttpResponse<String> withForeign = contest(f, rep, List.of(judged, foreign), ARGUMENT);
        assertThat(withForeign.statusCode()).isEqualTo(404);
        HttpResponse<String> withUnjudged = contest(f, rep, List.of(judged, unjudged), ARGUMENT);
        assertThat(body(withUnjudged).get("code").asText()).isEqualTo("REGISTRO_NO_DICTAMINADO");
        assertThat(jdbc.queryForObject("select count(*) from captacion.hearing_contest where actor_id = ?",
                Integer.class, f.actorId())).isZero();
        assertThat(getBytes("/organizacion/audiencia/registros/" + foreign + "/imagenes/anverso", rep).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/actors/" + other.folio() + "/audiencia", rep).statusCode()).isEqualTo(404);
    }
}
