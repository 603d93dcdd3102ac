package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.PortalSession;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.records.ApplyingCompulsaAnswer;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.records.RecordId;

/**
 * The garantía de audiencia against double affiliation and the compulsa, on PostgreSQL: a restitution
 * settles double affiliation again (the most recent capture counts, whichever record was restored),
 * a record restored valid carries a registral status that says so while its history keeps the roll's
 * answer, the contest tells what the restitution achieved, and a hearing does not open unasked while
 * records still wait for the compulsa.
 */
class HearingAffiliationIT extends HearingTestBase {

    @Autowired
    private ElectoralRoll roll;
    @Autowired
    private ApplyingCompulsaAnswer answers;

    @Test
    void aRestoredAffiliationOlderThanTheOtherActorsStaysNotValidAndTheContestSaysWhy() {
        Fixture f = newFixture();
        Fixture other = otherActorIn(f);
        String rep = newRepresentative(f);
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();
        roll.put(citizen.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        UUID older = paraCompulsa(submission(f, citizen, clock.instant().minusSeconds(3600)));
        compulsa(f, "local");
        UUID newer = paraCompulsa(submission(other, citizen, clock.instant().minusSeconds(60)));
        compulsa(other, "local");
        assertThat(statusOf(older)).isEqualTo("NO_VALIDO");
        assertThat(registralStatusOf(older)).isEqualTo("AFILIADO_A_OTRO_ACTOR");
        openHearing(f);
        assertThat(contest(f, rep, List.of(older), ARGUMENT).statusCode()).isEqualTo(201);
        // the reviewer is told before deciding
        assertThat(ficha(older)).contains("**⚠ Doble afiliación:** el ciudadano cuenta para otro actor político con "
                + "una captura más reciente.");

        decide(older, "RESTITUIR", "El ciudadano ratificó su afiliación con esta organización.");

        awaitDecided(older);
        // one citizen, one actor: the later capture still counts, and the restored record does not
        assertThat(statusOf(newer)).isEqualTo("VALIDO");
        assertThat(statusOf(older)).isEqualTo("NO_VALIDO");
        assertThat(registralStatusOf(older)).isEqualTo("AFILIADO_A_OTRO_ACTOR");
        assertThat(jdbc.queryForObject("select count(*) from captacion.counted_citizen where actor_id = ? "
                + "and clave_elector = ?", Integer.class, f.actorId(), citizen.claveElector())).isZero();
        // the restitution is recorded all the same, and the contest says what it achieved
        assertThat(jdbc.queryForObject("select reviewed_by from captacion.citizen_record where id = ?", String.class,
                older)).isEqualTo(HEARING_REVIEWER);
        assertThat(jdbc.queryForObject("select findings from captacion.citizen_record where id = ?", String.class,
                older)).contains("Restituido en garantía de audiencia, pero no cuenta");
        JsonNode contest = body(get("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep)).get(0);
        assertThat(contest.get("outcome").asText()).isEqualTo("RESTITUIR");
        assertThat(contest.get("recordStatus").asText()).isEqualTo("NO_VALIDO");
        assertThat(portal(rep).get("/organizacion/audiencia").body())
                .contains("Registro restituido, pero sigue sin contar: el ciudadano tiene una captura más reciente "
                        + "para otro actor político, y cuenta la afiliación más reciente");
        assertThat(threshold(f).get("validos").asLong()).isZero();
        assertThat(threshold(other).get("validos").asLong()).isEqualTo(1);
    }

    @Test
    void aRestoredRecordNewerThanTheOtherActorsValidOneCountsAndTheOtherBecomesAffiliatedElsewhere() {
        Fixture f = newFixture();
        Fixture other = otherActorIn(f);
        String rep = newRepresentative(f);
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();
        // the roll did not find this actor's (newer) capture, and found the other actor's (older) one later
        UUID newer = paraCompulsa(submission(f, citizen, clock.instant().minusSeconds(60)));
        compulsaNotFound(f);
        assertThat(registralStatusOf(newer)).isEqualTo("NO_ENCONTRADO");
        roll.put(citizen.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        UUID older = paraCompulsa(submission(other, citizen, clock.instant().minusSeconds(3600)));
        compulsa(other, "local");
        assertThat(statusOf(older)).isEqualTo("VALIDO");
        openHearing(f);
        assertThat(contest(f, rep, List.of(newer), ARGUMENT).statusCode()).isEqualTo(201);
        assertThat(ficha(newer)).doesNotContain("Doble afiliación");

        decide(newer, "RESTITUIR", "El ciudadano acreditó su inscripción en la lista nominal.");

        awaitStatus(newer, "VALIDO");
        awaitDecided(newer);
        assertThat(statusOf(older)).isEqualTo("NO_VALIDO");
        assertThat(registralStatusOf(older)).isEqualTo("AFILIADO_A_OTRO_ACTOR");
        assertThat(history(older)).endsWith("VALIDO EN_LISTA_NOMINAL", "NO_VALIDO AFILIADO_A_OTRO_ACTOR");
        assertThat(jdbc.queryForObject("select count(*) from captacion.counted_citizen where actor_id = ? "
                + "and clave_elector = ?", Integer.class, other.actorId(), citizen.claveElector())).isZero();
        JsonNode contest = body(get("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep)).get(0);
        assertThat(contest.get("recordStatus").asText()).isEqualTo("VALIDO");
        assertThat(threshold(f).get("validos").asLong()).isEqualTo(1);
        assertThat(threshold(other).get("validos").asLong()).isZero();
        assertThat(body(get("/api/v1/actors/" + other.folio() + "/progress", ANALYST)).toString())
                .contains("\"validos\":0", "\"noValidos\":1");
    }

    @Test
    void aRecordRestoredValidCarriesTheListaNominalWhileItsHistoryKeepsTheRollsAnswer() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = paraCompulsa(submission(f));
        compulsaNotFound(f);
        openHearing(f);
        assertThat(contest(f, rep, List.of(record), ARGUMENT).statusCode()).isEqualTo(201);

        decide(record, "RESTITUIR", "El ciudadano acreditó su inscripción en la lista nominal.");

        awaitStatus(record, "VALIDO");
        awaitDecided(record);
        assertThat(registralStatusOf(record)).isEqualTo("EN_LISTA_NOMINAL");
        assertThat(history(record)).endsWith("NO_VALIDO NO_ENCONTRADO", "VALIDO EN_LISTA_NOMINAL");
        // no row of the history, as the reports read it, says valid and not found at once
        assertThat(jdbc.queryForObject("select count(*) from captacion.record_status_history where record_id = ? "
                + "and status = 'VALIDO' and registral_status <> 'EN_LISTA_NOMINAL'", Integer.class, record)).isZero();
        assertThat(threshold(f).get("validos").asLong()).isEqualTo(1);
        // the roll's answer sent again is still the same answer, not a contradiction
        assertThat(answers.apply(new RecordId(record), RegistralStatus.NO_ENCONTRADO)).isEqualTo(ApplyingCompulsaAnswer.Outcome.REPETIDA);
        assertThat(answers.apply(new RecordId(record), RegistralStatus.EN_LISTA_NOMINAL))
                .isEqualTo(ApplyingCompulsaAnswer.Outcome.CONTRADICTORIA);
        assertThat(statusOf(record)).isEqualTo("VALIDO");
    }

    @Test
    void aHearingDoesNotOpenUnaskedWhileRecordsWaitForTheCompulsa() {
        Fixture f = newFixture();
        paraCompulsa(submission(f));
        String path = "/api/v1/processes/" + f.processCode() + "/audiencia";

        HttpResponse<String> refused = postJson(path, ANALYST, Map.of("windowDays", 10));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(body(refused).get("code").asText()).isEqualTo("COMPULSA_PENDIENTE");
        assertThat(body(refused).get("message").asText()).startsWith("Aún hay 1 registro del proceso "
                + f.processCode() + " esperando la respuesta de la compulsa;");
        assertThat(hearings(f)).isZero();

        // the page says the same and offers to open it anyway
        PortalSession ine = portal(ANALYST);
        HttpResponse<String> page = ine.follow(ine.post("/procesos/" + f.processCode() + "/audiencia",
                Map.of("dias", "10")));
        assertThat(page.body()).contains("Aún hay 1 registro del proceso " + f.processCode())
                .contains("id=\"forzar\"");
        assertThat(hearings(f)).isZero();

        HttpResponse<String> forced = postJson(path, ANALYST, Map.of("windowDays", 10, "force", true));
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(201);
        assertThat(hearings(f)).isEqualTo(1);
    }

    @Test
    void aHearingOpensFromThePageWhenTheCompulsaIsDoneOrWhenForced() {
        Fixture f = newFixture();
        paraCompulsa(submission(f));
        PortalSession ine = portal(ANALYST);

        HttpResponse<String> forced = ine.follow(ine.post("/procesos/" + f.processCode() + "/audiencia",
                Map.of("dias", "10", "forzar", "true")));

        assertThat(forced.body()).contains("Se abrió la garantía de audiencia");
        assertThat(hearings(f)).isEqualTo(1);

        Fixture answered = newFixture();
        paraCompulsa(submission(answered));
        compulsaNotFound(answered);
        assertThat(postJson("/api/v1/processes/" + answered.processCode() + "/audiencia", ANALYST, Map.of())
                .statusCode()).isEqualTo(201);
    }

    private void openHearing(Fixture f) {
        HttpResponse<String> opened = postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    /** The hearing task's form data, as the audiencia reviewer's Tasklist reads it. */
    private String ficha(UUID record) {
        return body(get("/engine-rest/task/" + hearingTask(record) + "/form-variables", HEARING_REVIEWER))
                .get(HearingTaskListener.VAR_FICHA).get("value").asText();
    }

    private int hearings(Fixture f) {
        return jdbc.queryForObject("select count(*) from captacion.hearing where process_id = "
                + "(select id from captacion.capture_process where code = ?)", Integer.class, f.processCode());
    }

    private String registralStatusOf(UUID record) {
        return jdbc.queryForObject("select registral_status from captacion.citizen_record where id = ?", String.class,
                record);
    }

    /** Each row of the record's status history as "STATUS REGISTRAL_STATUS", oldest first. */
    private List<String> history(UUID record) {
        return jdbc.queryForList("select status || ' ' || coalesce(registral_status, '-') from "
                + "captacion.record_status_history where record_id = ? order by valid_from, id", String.class, record);
    }

    private JsonNode threshold(Fixture f) {
        return body(get("/api/v1/actors/" + f.folio() + "/threshold?cutoff=" + clock.instant().plusSeconds(1), ANALYST));
    }
}
