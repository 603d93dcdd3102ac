package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/**
 * Progress against a requirement of two valid records in two states. The compulsa's answer does
 * not exist yet as a path of its own, so the test writes it into the status history exactly as
 * the record's status history records every transition.
 */
class ThresholdIT extends IntegrationTestBase {

    private Fixture fixture;

    @BeforeEach
    void processNeedingTwoRecordsInTwoStates() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        jdbc.update("update captacion.capture_process set required_records = 2, required_states = 2 where code = ?",
                fixture.processCode());
    }

    private UUID paraCompulsa() {
        UUID record = accepted(submission(fixture));
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        review(record, "VALIDO", null);
        awaitStatus(record, "PARA_COMPULSA");
        return record;
    }

    private void compulsaSaysValid(UUID record, Instant at) {
        jdbc.update("update captacion.citizen_record set status = 'VALIDO' where id = ?", record);
        jdbc.update("update captacion.record_status_history set valid_to = ? where record_id = ? and valid_to is null",
                Timestamp.from(at), record);
        jdbc.update("""
                insert into captacion.record_status_history (record_id, actor_id, status, valid_from)
                values (?, ?, 'VALIDO', ?)""", record, fixture.actorId(), Timestamp.from(at));
    }

    private int state(UUID record) {
        return jdbc.queryForObject("select entidad from captacion.citizen_record where id = ?", Integer.class, record);
    }

    private JsonNode threshold(Instant cutoff) {
        return body(get("/api/v1/actors/" + fixture.folio() + "/threshold?cutoff=" + cutoff, ANALYST));
    }

    @Test
    void validRecordsCountTowardTheRequirementByStateAsOfTheCutoff() {
        UUID first = paraCompulsa();
        UUID second = paraCompulsa();
        while (state(second) == state(first)) { // two states, whatever the synthetic citizens drew
            second = paraCompulsa();
        }
        Instant allPending = clock.instant();
        compulsaSaysValid(first, allPending.plusSeconds(1));
        Instant oneValid = allPending.plusSeconds(2);
        compulsaSaysValid(second, allPending.plusSeconds(3));
        Instant bothValid = allPending.plusSeconds(4);

        JsonNode pending = threshold(allPending);
        assertThat(pending.get("validos").asLong()).isZero();
        assertThat(pending.get("pendientes").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(pending.get("cumple").asBoolean()).isFalse();

        JsonNode half = threshold(oneValid);
        assertThat(half.get("validos").asLong()).isEqualTo(1);
        assertThat(half.get("entidadesConValidos").asInt()).isEqualTo(1);
        assertThat(half.get("cumpleRegistros").asBoolean()).isFalse();
        assertThat(half.get("avance").asDouble()).isEqualTo(50.0);

        JsonNode met = threshold(bothValid);
        assertThat(met.get("validos").asLong()).isEqualTo(2);
        assertThat(met.get("entidadesConValidos").asInt()).isEqualTo(2);
        assertThat(met.get("cumple").asBoolean()).isTrue();
        assertThat(met.get("entidades").findValuesAsText("numero"))
                .contains("%02d".formatted(state(first)), "%02d".formatted(state(second)));

        while (clock.instant().isBefore(bothValid)) { // the pages report as of now
            sleep(100);
        }
        String representative = newRepresentative(fixture);
        assertThat(portal(representative).get("/organizacion/umbral").body()).contains("Cumple el requisito.");
        assertThat(get("/api/v1/actors/" + fixture.folio() + "/threshold", representative).statusCode()).isEqualTo(403);
        assertThat(get("/avance/umbral?folio=" + fixture.folio() + "&corte=", ANALYST).body())
                .contains("2 de 2 registros válidos");
    }
}
