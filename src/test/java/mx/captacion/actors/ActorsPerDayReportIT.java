package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;

/** Seed table 1: actors registered per central-Mexico day, as of a cut-off. */
class ActorsPerDayReportIT extends IntegrationTestBase {

    @Autowired
    ActorsPerDayReport report;

    @Test
    void eachCutOffCountsTheActorsRegisteredUpToItPerDayOfCentralMexico() {
        ensureReviewerAndAnalyst();
        String suffix = ProcessesAndActorsIT.suffix();
        CaptureProcess process = processes.save(new CaptureProcess("DIA-" + suffix, "Proceso por día " + suffix,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        registered(process, suffix, 1, mexico("2026-01-15T10:00"));
        // 05:30 UTC on the 16th, still the 15th in central Mexico
        registered(process, suffix, 2, mexico("2026-01-15T23:30"));
        Instant midnight = mexico("2026-01-16T00:00");
        registered(process, suffix, 3, midnight);
        registered(process, suffix, 4, mexico("2026-01-18T12:00"));

        ActorsPerDay beforeMidnight = report.of(process.getCode(), midnight.minus(1, ChronoUnit.MICROS)).orElseThrow();
        assertThat(beforeMidnight.days()).containsExactly(new ActorsPerDay.Day(1, LocalDate.of(2026, 1, 15), 2, 2));
        assertThat(beforeMidnight.total()).isEqualTo(2);

        ActorsPerDay atMidnight = report.of(process.getCode(), midnight).orElseThrow();
        assertThat(atMidnight.days()).containsExactly(new ActorsPerDay.Day(1, LocalDate.of(2026, 1, 15), 2, 2),
                new ActorsPerDay.Day(2, LocalDate.of(2026, 1, 16), 1, 3));

        HttpResponse<String> later = get("/api/v1/processes/" + process.getCode() + "/actors-per-day?cutoff=2026-01-20T00:00:00Z",
                ANALYST);
        assertThat(later.statusCode()).isEqualTo(200);
        JsonNode body = body(later);
        assertThat(body.get("total").asLong()).isEqualTo(4);
        assertThat(body.get("days").findValuesAsText("day")).containsExactly("2026-01-15", "2026-01-16", "2026-01-18");
        assertThat(body.get("days").findValuesAsText("cumulative")).containsExactly("2", "3", "4");
        assertThat(body(get("/api/v1/processes/" + process.getCode() + "/actors-per-day?cutoff=ayer", ANALYST))
                .get("code").asText()).isEqualTo("CORTE_INVALIDO");
        assertThat(body(get("/api/v1/processes/" + process.getCode() + "/actors-per-day?cutoff=2026-01-01T00:00:00Z",
                ANALYST)).get("days")).isEmpty();
    }

    @Test
    void thePortalPageShowsTheTableAtTheCutOffItWasAskedFor() {
        ensureReviewerAndAnalyst();
        String suffix = ProcessesAndActorsIT.suffix();
        CaptureProcess process = processes.save(new CaptureProcess("PAG-" + suffix, "Proceso de la página " + suffix,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        registered(process, suffix, 1, mexico("2026-01-15T10:00"));
        registered(process, suffix, 2, mexico("2026-01-16T00:00"));
        String path = "/procesos/" + process.getCode() + "/actores-por-dia";

        String atMidnight = get(path + "?corte=2026-01-16T00:00", ANALYST).body();

        assertThat(atMidnight).contains("1. Actores políticos registrados por día (corte 16/01/2026 00:00 hrs.)",
                "15/01/2026", "16/01/2026");
        String before = get(path + "?corte=2026-01-15T23:59", ANALYST).body();
        assertThat(before).contains("15/01/2026").doesNotContain("16/01/2026");
        assertThat(get(path, ANALYST).body()).contains("16/01/2026");
        assertThat(get(path + "?corte=ayer", ANALYST).body()).contains("El corte no es una fecha y hora válida.");
        assertThat(get("/procesos/NO-EXISTE/actores-por-dia", ANALYST).statusCode()).isEqualTo(404);
    }

    private void registered(CaptureProcess process, String suffix, int n, Instant at) {
        actors.save(new PoliticalActor(process, new Folio("F00001" + suffix.substring(0, 9) + n), "Actor " + n + " " + suffix,
                "Representación " + n, "r" + n + suffix + "@captacion.example", at));
    }

    private static Instant mexico(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CaptureProcess.ZONE).toInstant();
    }
}
