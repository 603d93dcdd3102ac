package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/** Progress against a requirement of two valid records in two states, the records made valid by the compulsa. */
class ThresholdIT extends IntegrationTestBase {

    @Autowired
    private ElectoralRoll roll;

    private Fixture fixture;

    @BeforeEach
    void processNeedingTwoRecordsInTwoStates() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        jdbc.update("update captacion.capture_process set required_records = 2, required_states = 2 where code = ?",
                fixture.processCode());
    }

    /** A record of a citizen in the lista nominal, waiting for the compulsa. */
    private UUID paraCompulsa(SyntheticCitizen citizen) {
        roll.put(citizen.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        return paraCompulsa(submission(fixture, citizen, clock.instant().minusSeconds(60)));
    }

    /** The compulsa answers the records waiting; the instant just after. */
    private Instant compulsaSaysValid(UUID record) {
        compulsa(fixture, "local");
        assertThat(statusOf(record)).isEqualTo("VALIDO");
        Instant after = clock.instant();
        sleep(5);
        return after;
    }

    private int state(UUID record) {
        return jdbc.queryForObject("select entidad from captacion.citizen_record where id = ?", Integer.class, record);
    }

    private JsonNode threshold(Instant cutoff) {
        return body(get("/api/v1/actors/" + fixture.folio() + "/threshold?cutoff=" + cutoff, ANALYST));
    }

    @Test
    void validRecordsCountTowardTheRequirementByStateAsOfTheCutoff() {
        UUID first = paraCompulsa(SUBMISSIONS.nextCitizen());
        Instant allPending = clock.instant();
        sleep(5);
        Instant oneValid = compulsaSaysValid(first);
        SyntheticCitizen elsewhere = SUBMISSIONS.nextCitizen();
        while (Integer.parseInt(elsewhere.entidad().number()) == state(first)) { // a second state
            elsewhere = SUBMISSIONS.nextCitizen();
        }
        UUID second = paraCompulsa(elsewhere);
        Instant bothValid = compulsaSaysValid(second);

        JsonNode pending = threshold(allPending);
        assertThat(pending.get("validos").asLong()).isZero();
        assertThat(pending.get("pendientes").asLong()).isEqualTo(1);
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

        String representative = newRepresentative(fixture);
        assertThat(portal(representative).get("/organizacion/umbral").body()).contains("Cumple el requisito.");
        assertThat(get("/api/v1/actors/" + fixture.folio() + "/threshold", representative).statusCode()).isEqualTo(403);
        assertThat(get("/avance/umbral?folio=" + fixture.folio() + "&corte=", ANALYST).body())
                .contains("2 de 2 registros válidos");
    }
}
