package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/**
 * Capture quality per auxiliar at two cut-offs: an auxiliar with four records — one duplicate, one
 * judged a photocopy, two captured ten seconds apart — against one that sent nothing.
 */
class AuxiliarQualityIT extends IntegrationTestBase {

    private Fixture fixture;
    private Instant beforeReview;

    @BeforeEach
    void fourRecords() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        Instant now = clock.instant();
        var citizen = SUBMISSIONS.nextCitizen();
        UUID first = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                now.minusSeconds(900)));
        awaitStatus(first, "EN_MESA_DE_CONTROL");
        UUID tenSecondsLater = accepted(SUBMISSIONS.next(fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                now.minusSeconds(890)));
        UUID copy = accepted(SUBMISSIONS.next(fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                now.minusSeconds(600)));
        UUID duplicate = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(),
                fixture.activeAuxiliar(), now.minusSeconds(300)));
        awaitStatus(tenSecondsLater, "EN_MESA_DE_CONTROL");
        awaitStatus(copy, "EN_MESA_DE_CONTROL");
        awaitStatus(duplicate, "DUPLICADO");
        beforeReview = clock.instant();
        sleep(5);
        review(copy, "FOTOCOPIA_DE_CREDENCIAL", null);
        awaitStatus(copy, "CON_INCONSISTENCIA");
    }

    private JsonNode row(JsonNode report, String auxiliarId) {
        for (JsonNode row : report.get("auxiliares")) {
            if (row.get("auxiliarId").asText().equals(auxiliarId)) {
                return row;
            }
        }
        throw new AssertionError("Sin fila para " + auxiliarId + ": " + report);
    }

    @Test
    void sharesAndTooFastCapturesPerAuxiliarAtTwoCutoffs() {
        JsonNode now = body(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-quality", ANALYST));
        JsonNode active = row(now, fixture.activeAuxiliar());
        assertThat(active.get("registros").asLong()).isEqualTo(4);
        assertThat(active.get("conInconsistencia").asLong()).isEqualTo(1);
        assertThat(active.get("duplicados").asLong()).isEqualTo(1);
        assertThat(active.get("porcentajeInconsistencia").asDouble()).isEqualTo(25.0);
        assertThat(active.get("porcentajeDuplicados").asDouble()).isEqualTo(25.0);
        assertThat(active.get("capturasDemasiadoRapidas").asLong()).isEqualTo(1);
        assertThat(active.get("masRapida").asLong()).isEqualTo(10);
        assertThat(now.get("auxiliares").get(0).get("auxiliarId").asText()).as("the worst first")
                .isEqualTo(fixture.activeAuxiliar());
        JsonNode idle = row(now, fixture.unregisteredAuxiliar());
        assertThat(idle.get("registros").asLong()).isZero();
        assertThat(idle.get("masRapida").isNull()).isTrue();

        JsonNode then = body(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-quality?cutoff=" + beforeReview,
                ANALYST));
        assertThat(row(then, fixture.activeAuxiliar()).get("conInconsistencia").asLong())
                .as("at the control desk at that cut-off").isZero();
        assertThat(row(then, fixture.activeAuxiliar()).get("registros").asLong()).isEqualTo(4);
        JsonNode before = body(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-quality?cutoff="
                + Instant.parse("2000-01-01T00:00:00Z"), ANALYST));
        assertThat(before.get("auxiliares")).as("no auxiliar was registered yet").isEmpty();
    }

    @Test
    void theRepresentativeSeesItsOwnAuxiliaresOnlyAndInWords() {
        String representative = newRepresentative(fixture);
        Fixture other = newFixture();
        String otherRepresentative = newRepresentative(other);

        String page = portal(representative).get("/organizacion/calidad").body();
        assertThat(page).contains(fixture.activeAuxiliar(), "En observación", "25.0 %", "Activo registrado en la aplicación móvil")
                .doesNotContain("ACTIVO_REGISTRADO_EN_APP", "ACTIVO_SIN_REGISTRO_EN_APP", ">BAJA<");
        String otherPage = portal(otherRepresentative).get("/organizacion/calidad").body();
        assertThat(otherPage).contains(other.activeAuxiliar()).doesNotContain(fixture.activeAuxiliar());
        assertThat(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-quality", representative).statusCode())
                .isEqualTo(403);
        assertThat(get("/avance/calidad?folio=" + fixture.folio(), ANALYST).body()).contains(fixture.activeAuxiliar(),
                "Activo registrado en la aplicación móvil").doesNotContain("ACTIVO_REGISTRADO_EN_APP");
    }
}
