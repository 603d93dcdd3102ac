package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The cut-off as the report pages and APIs read it, in central Mexico's time for the portal. */
class CutoffsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2023-01-20T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPageShowsTheCutoffItReadInCentralMexicoTime() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(Cutoffs.onPage("2023-01-20T12:30", NOW, model)).contains(Instant.parse("2023-01-20T18:30:00Z"));
        assertThat(model).containsEntry("corte", "2023-01-20T12:30:00")
                .containsEntry("cutoffText", "20/01/2023 12:30 hrs.").doesNotContainKey("error");
    }

    @Test
    void aPageWithoutCutoffShowsNow() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(Cutoffs.onPage(" ", NOW, model)).contains(NOW.instant());
        assertThat(model).containsEntry("corte", "2023-01-20T12:00:00").containsEntry("cutoffText", "20/01/2023 12:00 hrs.");
    }

    @Test
    void aPageWithAMalformedCutoffShowsTheErrorAndNoReport() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(Cutoffs.onPage("ayer", NOW, model)).isEmpty();
        assertThat(model).containsOnlyKeys("error").containsEntry("error", "El corte no es una fecha y hora válida.");
    }

    @Test
    void theApiRefusesAMalformedInstant() {
        assertThat(Cutoffs.fromApi(null, NOW)).isEqualTo(NOW.instant());
        assertThatThrownBy(() -> Cutoffs.fromApi("2023-01-20", NOW)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo("CORTE_INVALIDO"));
    }
}
