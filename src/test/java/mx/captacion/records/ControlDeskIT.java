package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.identity.Entidad;

/** The mesa de control as a reviewer meets it: Camunda's API, the form, the images, the decision's effect. */
class ControlDeskIT extends IntegrationTestBase {

    @Autowired
    RuntimeService runtime;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
    }

    /** The history every report reads follows each status these scenarios changed. */
    @AfterEach
    void everyStatusHasItsHistory() {
        assertEveryStatusHasItsHistory();
    }

    @Test
    void aValidRecordGoesToCompulsaAndRemembersItsReviewer() {
        UUID recordId = accepted(submission(fixture));

        HttpResponse<String> completed = review(recordId, "VALIDO", null);

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        Map<String, Object> row = jdbc.queryForMap(
                "select status, reviewed_by, reviewed_at from captacion.citizen_record where id = ?", recordId);
        assertThat(row.get("status")).isEqualTo("PARA_COMPULSA");
        assertThat(row.get("reviewed_by")).isEqualTo(REVIEWER);
        assertThat(row.get("reviewed_at")).isNotNull();
        assertThat(jdbc.queryForList("select status from captacion.record_status_history where record_id = ? order by valid_from",
                String.class, recordId)).containsExactly("EN_PROCESAMIENTO", "EN_MESA_DE_CONTROL", "PARA_COMPULSA");
        // the process now waits for the compulsa's answer
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(recordId.toString())
                .messageEventSubscriptionName(CitizenRecordProcess.MSG_COMPULSA_RESULT).count()).isEqualTo(1);
    }

    @Test
    void anInconsistencyEndsTheRecordWithItsType() {
        UUID recordId = accepted(submission(fixture));

        assertThat(review(recordId, "FOTOCOPIA_DE_CREDENCIAL", null).statusCode()).isEqualTo(204);

        Map<String, Object> row = jdbc.queryForMap(
                "select status, inconsistency_type from captacion.citizen_record where id = ?", recordId);
        assertThat(row).containsEntry("status", "CON_INCONSISTENCIA")
                .containsEntry("inconsistency_type", "FOTOCOPIA_DE_CREDENCIAL");
        assertThat(jdbc.queryForObject("""
                select inconsistency_type from captacion.record_status_history
                 where record_id = ? and valid_to is null""", String.class, recordId))
                .isEqualTo("FOTOCOPIA_DE_CREDENCIAL");
        assertThat(body(get("/engine-rest/process-instance?businessKey=" + recordId, REVIEWER))).isEmpty();
    }

    @Test
    void otraNeedsADescriptionAndTheTaskStaysOpenUntilItHasOne() {
        UUID recordId = accepted(submission(fixture));

        HttpResponse<String> refused = review(recordId, "OTRA", null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Describa la inconsistencia");
        assertThat(statusOf(recordId)).isEqualTo("EN_MESA_DE_CONTROL");

        String task = taskOf(recordId);
        HttpResponse<String> completed = postJson("/engine-rest/task/" + task + "/submit-form", REVIEWER, Map.of("variables",
                Map.of("decision", Map.of("value", "OTRA"),
                        "inconsistencyNote", Map.of("value", "La credencial muestra otra sección"))));
        assertThat(completed.statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select status, inconsistency_type, inconsistency_note from captacion.citizen_record where id = ?",
                recordId)).containsEntry("status", "CON_INCONSISTENCIA").containsEntry("inconsistency_type", "OTRA")
                .containsEntry("inconsistency_note", "La credencial muestra otra sección");
    }

    @Test
    void anInconsistentCitizenMayBeCapturedAgainAndCounts() {
        var citizen = SUBMISSIONS.nextCitizen();
        UUID first = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                clock.instant().minusSeconds(90)));
        review(first, "FOTO_NO_VALIDA", null);

        UUID again = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                clock.instant().minusSeconds(10)));

        awaitStatus(again, "EN_MESA_DE_CONTROL");
    }

    @Test
    void theFormShowsTheCapturedDataAndLinksToTheImages() {
        UUID recordId = accepted(submission(fixture));
        String task = taskOf(recordId);

        HttpResponse<String> form = get("/engine-rest/task/" + task + "/deployed-form", REVIEWER);
        HttpResponse<String> variables = get("/engine-rest/task/" + task + "/form-variables", REVIEWER);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(body(form).get("id").asText()).isEqualTo("control-desk-review");
        assertThat(form.body()).contains("FOTOCOPIA_DE_CREDENCIAL", "=imagenes + \\\"/anverso\\\"", "{{ficha}}");
        String claveElector = jdbc.queryForObject("select clave_elector from captacion.citizen_record where id = ?",
                String.class, recordId);
        assertThat(body(variables).get("ficha").get("value").asText())
                .contains("| Clave de elector | " + claveElector + " |",
                        "**Revisión automática:** Sin observaciones de la revisión automática")
                .doesNotContain("⚠ Advertencia de la revisión automática");
        assertThat(body(variables).get("imagenes").get("value").asText())
                .endsWith("/mesa-control/registros/" + recordId + "/imagenes");
    }

    @Test
    void theTaskListTellsRecordsApartWithoutNamingTheCitizen() {
        UUID recordId = accepted(submission(fixture));
        String task = taskOf(recordId);

        // what Tasklist's card shows: the task's name as the task list returns it
        String card = body(get("/engine-rest/task/" + task, REVIEWER)).get("name").asText();

        Map<String, Object> record = jdbc.queryForMap("""
                select r.entidad, r.clave_elector, r.curp, r.nombre, r.apellido_paterno, a.auxiliar_id
                  from captacion.citizen_record r join captacion.auxiliar a on a.id = r.auxiliar_id
                 where r.id = ?""", recordId);
        assertThat(card)
                .startsWith(Entidad.byNumber(((Number) record.get("entidad")).intValue()).orElseThrow().displayName() + " · capturado ")
                .matches(".* · capturado \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} · .*")
                .endsWith(" · " + record.get("auxiliar_id"))
                .doesNotContain((String) record.get("clave_elector"), (String) record.get("curp"),
                        (String) record.get("nombre"), (String) record.get("apellido_paterno"));
    }

    @Test
    void imagesAreServedToReviewersOnly() {
        var submission = submission(fixture);
        UUID recordId = accepted(submission);
        String path = "/mesa-control/registros/" + recordId + "/imagenes/anverso";

        HttpResponse<byte[]> asReviewer = getBytes(path, REVIEWER);
        HttpResponse<byte[]> asAnalyst = getBytes(path, ANALYST);
        HttpResponse<byte[]> anonymous = getBytes(path, null);

        assertThat(asReviewer.statusCode()).isEqualTo(200);
        assertThat(asReviewer.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(asReviewer.body()).isEqualTo(Base64.getDecoder().decode(submission.images().anverso()));
        assertThat(asAnalyst.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(getBytes("/mesa-control/registros/" + recordId + "/imagenes/otra", REVIEWER).statusCode()).isEqualTo(404);
    }

    @Test
    void oneLoginOpensTasklistButNotCockpitForAReviewer() {
        assertThat(get("/camunda/api/engine/engine/default/task/count", REVIEWER).statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/cockpit/default/", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/task/count", ANALYST).statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/task/count", null).statusCode()).isEqualTo(401);
    }
}
