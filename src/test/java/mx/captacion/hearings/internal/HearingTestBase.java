package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.hearings.RecordHearingProcess;
import mx.captacion.platform.Roles;
import mx.captacion.records.RecordSubmission;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/** What the hearing's API and browser tests share: a judged record, a contest, the reviewer's decision. */
public abstract class HearingTestBase extends IntegrationTestBase {

    protected static final String HEARING_REVIEWER = "audiencia.it";
    protected static final String ARGUMENT = "La firma coincide con la de la credencial; se anexa la aclaración.";

    @Autowired
    private ElectoralRoll roll;

    @BeforeEach
    protected void users() {
        ensureReviewerAndAnalyst();
        ensureUser(HEARING_REVIEWER, Roles.AUDIENCIA);
    }

    /** The history every report reads follows each status these scenarios changed. */
    @AfterEach
    void everyStatusHasItsHistory() {
        assertEveryStatusHasItsHistory();
    }

    /** A record of the fixture's actor that a control-desk reviewer found with a bad signature. */
    protected UUID inconsistent(Fixture f) {
        return inconsistent(submission(f));
    }

    protected UUID inconsistent(RecordSubmission submission) {
        UUID record = accepted(submission);
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        HttpResponse<String> reviewed = review(record, "FIRMA_NO_VALIDA", "trazo distinto");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(204);
        awaitStatus(record, "CON_INCONSISTENCIA");
        return record;
    }

    protected HttpResponse<String> contest(Fixture f, String rep, List<UUID> records, String argument) {
        return postJson("/api/v1/actors/" + f.folio() + "/audiencia/impugnaciones", rep,
                Map.of("recordIds", records, "argument", argument));
    }

    /** The audiencia reviewer claims the hearing task and submits its form, as Tasklist does. */
    protected void decide(UUID record, String outcome, String explanation) {
        String task = hearingTask(record);
        assertThat(postJson("/engine-rest/task/" + task + "/claim", HEARING_REVIEWER,
                Map.of("userId", HEARING_REVIEWER)).statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = postJson("/engine-rest/task/" + task + "/submit-form", HEARING_REVIEWER,
                Map.of("variables", Map.of("outcome", Map.of("value", outcome),
                        "explanation", Map.of("value", explanation))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    }

    /**
     * The real compulsa of the fixture's process against the local roll, which must hold someone
     * (another citizen). The citizens waiting are taken out of it — the synthetic stream repeats from
     * run to run, and other tests put its citizens in the roll — so their records end NO_VALIDO.
     */
    protected void compulsaNotFound(Fixture f) {
        roll.put(SUBMISSIONS.nextCitizen().inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        jdbc.update("""
                delete from captacion.electoral_roll where clave_elector in (
                  select r.clave_elector from captacion.citizen_record r
                  join captacion.capture_process p on p.id = r.process_id
                  where p.code = ? and r.status = 'PARA_COMPULSA')""", f.processCode());
        compulsa(f, "local");
    }

    /** The open HearingReview task of the record, as the audiencia reviewer finds it. */
    protected String hearingTask(UUID record) {
        JsonNode tasks = body(get("/engine-rest/task?processDefinitionKey=" + RecordHearingProcess.KEY
                + "&processInstanceBusinessKey=" + record, HEARING_REVIEWER));
        assertThat(tasks.size()).isEqualTo(1);
        return tasks.get(0).get("id").asText();
    }

    protected void awaitDecided(UUID record) {
        for (int i = 0; i < 300; i++) {
            if (jdbc.queryForObject("select count(*) from captacion.hearing_contest where record_id = ? "
                    + "and outcome is not null", Integer.class, record) == 1) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("La impugnación de " + record + " no se resolvió");
    }
}
