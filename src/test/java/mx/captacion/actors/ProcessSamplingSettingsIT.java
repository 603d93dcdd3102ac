package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;

/** INE staff choose, when they create a process, whether its control desk reviews every record or a sample. */
class ProcessSamplingSettingsIT extends IntegrationTestBase {

    @BeforeEach
    void users() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void aProcessCreatedWithoutAModeReviewsEveryRecord() {
        String code = "COMPLETA-" + ProcessesAndActorsIT.suffix();

        HttpResponse<String> created = postJson("/api/v1/processes", ANALYST, process(code));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(body(created).get("reviewMode").asText()).isEqualTo("COMPLETA");
        assertThat(body(created).get("sampleRate").isNull()).isTrue();
        CaptureProcess stored = processes.findByCode(code).orElseThrow();
        assertThat(stored.getReviewMode()).isEqualTo(ReviewMode.COMPLETA);
        assertThat(stored.getSampleRate()).isNull();
        assertThat(stored.getSampledReviews()).isZero();
    }

    @Test
    void aSamplingProcessKeepsItsSettingsAndShowsThem() {
        String code = "MUESTREO-" + ProcessesAndActorsIT.suffix();

        HttpResponse<String> created = postJson("/api/v1/processes", ANALYST, sampling(code, "20", "10", 50));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(body(created).get("reviewMode").asText()).isEqualTo("MUESTREO");
        assertThat(body(created).get("sampledReviews").asLong()).isZero();
        CaptureProcess stored = processes.findByCode(code).orElseThrow();
        assertThat(stored.getReviewMode()).isEqualTo(ReviewMode.MUESTREO);
        assertThat(stored.getSampleRate()).isEqualByComparingTo("20");
        assertThat(stored.getErrorThreshold()).isEqualByComparingTo("10");
        assertThat(stored.getMinSampledReviews()).isEqualTo(50);
        assertThat(body(get("/api/v1/processes/" + code, ANALYST)).get("errorThreshold").decimalValue())
                .isEqualByComparingTo(BigDecimal.TEN);
        assertThat(get("/procesos/" + code, ANALYST).body())
                .contains("Muestreo", "Muestra del 20 %: aún sin revisiones; umbral 10 % tras 50 revisiones");
    }

    @Test
    void incompleteOrImpossibleSamplingIsRefusedWithASpanishMessage() {
        String suffix = ProcessesAndActorsIT.suffix();
        Map<String, Object> noSettings = new HashMap<>(process("SIN-" + suffix));
        noSettings.put("reviewMode", "MUESTREO");

        assertRefused(postJson("/api/v1/processes", ANALYST, noSettings), 400, "MUESTREO_INCOMPLETO",
                "El muestreo en mesa de control necesita el tamaño de la muestra");
        assertRefused(postJson("/api/v1/processes", ANALYST, sampling("CERO-" + suffix, "0", "10", 50)), 400,
                "DATO_INVALIDO", "El campo 'tamaño de la muestra' debe ser mayor que 0 %.");
        assertRefused(postJson("/api/v1/processes", ANALYST, sampling("MAS-" + suffix, "20", "100.5", 50)), 400,
                "DATO_INVALIDO", "El campo 'umbral de error' admite a lo más 100 %.");
        assertRefused(postJson("/api/v1/processes", ANALYST, sampling("MIN-" + suffix, "20", "10", 0)), 400,
                "DATO_INVALIDO", "El campo 'revisiones mínimas de la muestra' debe ser 1 o mayor.");
        assertRefused(postJson("/api/v1/processes", ANALYST, sampling("DEC-" + suffix, "20.125", "10", 5)), 400,
                "DATO_INVALIDO", "El campo 'tamaño de la muestra' admite a lo más dos decimales.");
        assertThat(processes.findAll()).extracting(CaptureProcess::getCode).noneMatch(c -> c.endsWith(suffix));
    }

    @Test
    void thePortalFormCreatesASamplingProcess() {
        String code = "PORTAL-M-" + ProcessesAndActorsIT.suffix();
        PortalSession web = portal(ANALYST);
        web.get("/procesos");
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", "Proceso con muestreo", "kind",
                "CONSULTA_POPULAR", "periodStart", "2026-03-01", "periodEnd", "2027-01-31", "requiredRecords", "100",
                "requiredStates", "3", "reviewMode", "MUESTREO", "sampleRate", "12.5", "errorThreshold", "8"));
        form.put("minSampledReviews", "");

        assertThat(web.post("/procesos", form).body())
                .contains("El muestreo en mesa de control necesita el tamaño de la muestra");

        form.put("minSampledReviews", "30");
        HttpResponse<String> created = web.post("/procesos", form);

        assertThat(created.statusCode()).isEqualTo(302);
        CaptureProcess stored = processes.findByCode(code).orElseThrow();
        assertThat(stored.getReviewMode()).isEqualTo(ReviewMode.MUESTREO);
        assertThat(stored.getSampleRate()).isEqualByComparingTo("12.5");
        assertThat(stored.getMinSampledReviews()).isEqualTo(30);
        assertThat(web.get("/procesos").body()).contains(code, "Muestra del 12.5 %: aún sin revisiones; umbral 8 % tras 30 revisiones");
    }

    private static Map<String, Object> process(String code) {
        return Map.of("code", code, "name", "Proceso " + code, "kind", "APN_RESTO_DEL_PAIS",
                "periodStart", "2026-03-01", "periodEnd", "2027-01-31", "requiredRecords", 5000, "requiredStates", 7);
    }

    private static Map<String, Object> sampling(String code, String rate, String threshold, int minReviews) {
        Map<String, Object> body = new HashMap<>(process(code));
        body.put("reviewMode", "MUESTREO");
        body.put("sampleRate", new BigDecimal(rate));
        body.put("errorThreshold", new BigDecimal(threshold));
        body.put("minSampledReviews", minReviews);
        return body;
    }

    private void assertRefused(HttpResponse<String> response, int status, String code, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(body(response).get("code").asText()).isEqualTo(code);
        assertThat(body(response).get("message").asText()).contains(messagePart);
    }
}
