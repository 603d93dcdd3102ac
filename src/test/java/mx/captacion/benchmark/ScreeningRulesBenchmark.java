package mx.captacion.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

import mx.captacion.platform.internal.DecisionsOncePerInput;

/**
 * What one evaluation of the screening table ({@code processes/record-screening.dmn}) costs, through
 * the engine's {@code DecisionService} (a command and the DMN engine, as the business rule task runs it), with Camunda's
 * own DMN engine (before) and with {@link DecisionsOncePerInput} (after), on the findings records
 * really carry. In-memory H2 engine with history "activity", as the platform. Not a test.
 *
 * <pre>
 *   bench/screening-cost.sh            # BENCH_ROUNDS=5 BENCH_IMAGES=1000 BENCH_EVALUATIONS=5000
 * </pre>
 */
public final class ScreeningRulesBenchmark {

    /** Findings as the automated processing sets them: most records have none or one warning. */
    private static final List<String> FINDINGS = List.of("", "", "", "", "CURP_NO_COINCIDE_NOMBRE",
            "IMAGEN_NO_LEGIBLE:FIRMA", "CREDENCIAL_SIN_VIGENCIA", "IMAGEN_REUTILIZADA:ANVERSO",
            "CURP_NO_COINCIDE_FECHA,CLAVE_ELECTOR_NO_COINCIDE_FECHA", "IMAGEN_FALTANTE:FIRMA",
            "CURP_MAL_FORMADA,IMAGEN_REUTILIZADA:FOTO_VIVA,IMAGEN_NO_LEGIBLE:REVERSO");

    public static void main(String[] args) {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int evaluations = Integer.getInteger("bench.evaluations", 5_000);
        for (boolean memoized : new boolean[] {false, true}) {
            StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
            config.setJdbcUrl("jdbc:h2:mem:screening-" + memoized + ";DB_CLOSE_DELAY=-1");
            config.setHistory("activity");
            config.setProcessEngineName("screening-" + memoized);
            if (memoized) {
                config.getProcessEnginePlugins().add(new DecisionsOncePerInput(true));
            }
            ProcessEngine engine = config.buildProcessEngine();
            try {
                engine.getRepositoryService().createDeployment()
                        .addClasspathResource("processes/record-screening.dmn").deploy();
                // by id, as the business rule task resolves it: no query for the latest version per call
                String definitionId = engine.getRepositoryService().createDecisionDefinitionQuery()
                        .decisionDefinitionKey("record-screening").singleResult().getId();
                DecisionService decisions = engine.getDecisionService();
                System.out.printf("Screening table, %s:%n", memoized ? "remembered per input (after)" : "Camunda's DMN engine (before)");
                for (int round = -3; round < rounds; round++) {
                    long t0 = System.nanoTime();
                    int routes = 0;
                    for (int i = 0; i < evaluations; i++) {
                        String findings = FINDINGS.get(i % FINDINGS.size());
                        int count = findings.isEmpty() ? 0 : findings.split(",").length;
                        String route = decisions.evaluateDecisionById(definitionId)
                                .variables(Map.of("findings", findings, "findingCount", count, "recordId", "r" + i))
                                .evaluate().getSingleResult().getEntry("route");
                        routes += route.length();
                    }
                    long elapsed = System.nanoTime() - t0;
                    System.out.printf("  %s round: %.3f ms per evaluation (%d)%n", round < 0 ? "warm-up" : "measured",
                            elapsed / 1e6 / evaluations, routes);
                }
            } finally {
                engine.close();
            }
        }
    }

    private ScreeningRulesBenchmark() {
    }
}
