package mx.captacion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screening table remembered per input answers what Camunda's own evaluation answers, evaluates
 * each distinct input once, and an edited table (a new decision definition) decides at once.
 */
class DecisionsOncePerInputTest {

    private static final String TABLE = "processes/record-screening.dmn";
    private static final List<String> FINDINGS = List.of("", "CURP_NO_COINCIDE_NOMBRE", "IMAGEN_NO_LEGIBLE:FIRMA",
            "CREDENCIAL_SIN_VIGENCIA", "IMAGEN_REUTILIZADA:ANVERSO", "IMAGEN_FALTANTE:FIRMA",
            "IMAGEN_FALTANTE:ANVERSO,IMAGEN_REUTILIZADA:FOTO_VIVA", "CURP_MAL_FORMADA,IMAGEN_NO_LEGIBLE:REVERSO");

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:decisions-once;DB_CLOSE_DELAY=-1");
        config.setProcessEngineName("decisions-once");
        config.setHistory("activity");
        config.setMetricsEnabled(true);
        config.getProcessEnginePlugins().add(new DecisionsOncePerInput(true));
        engine = config.buildProcessEngine();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void answersWhatCamundasOwnEvaluationAnswersEvaluatingEachInputOnce() throws IOException {
        deploy(read());
        DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision decision;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            decision = camunda.parseDecision("record-screening", in);
        }
        for (int round = 0; round < 3; round++) {
            for (String findings : FINDINGS) {
                Map<String, Object> variables = variables(findings, "record-" + round);
                assertThat(evaluate(variables)).as(findings)
                        .isEqualTo(camunda.evaluateDecision(decision, variables).getSingleResult().getEntryMap());
            }
        }
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
        assertThat(engine.getManagementService().createMetricsQuery().name(Metrics.EXECUTED_DECISION_INSTANCES).sum())
                .as("evaluated once per distinct input, not once per record").isEqualTo(FINDINGS.size());
    }

    @Test
    void anEditedTableDecidesAtOnce() throws IOException {
        String table = read();
        deploy(table);
        Map<String, Object> variables = variables("CURP_NO_COINCIDE_NOMBRE", "record-1");
        assertThat(evaluate(variables)).containsEntry("route", "MESA_DE_CONTROL_CON_ADVERTENCIA");
        deploy(table.replace("\"MESA_DE_CONTROL_CON_ADVERTENCIA\"", "\"INCONSISTENCIA\""));
        assertThat(evaluate(variables)).containsEntry("route", "INCONSISTENCIA");
    }

    private Map<String, Object> evaluate(Map<String, Object> variables) {
        DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey("record-screening")
                .variables(variables).evaluate().getSingleResult();
        return result.getEntryMap();
    }

    private static Map<String, Object> variables(String findings, String recordId) {
        return Map.of("findings", findings, "findingCount", findings.isEmpty() ? 0 : findings.split(",").length,
                "recordId", recordId);
    }

    private void deploy(String table) {
        engine.getRepositoryService().createDeployment().addString("record-screening.dmn", table).deploy();
    }

    private String read() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
