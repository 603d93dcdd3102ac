package mx.captacion.platform.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Evaluates each deployed decision once per distinct input and answers the same result afterwards
 * ({@link MemoizedDmnEngine}). Camunda 7's FEEL engine parses every cell of a table again on each
 * evaluation: 28 % of the engine's CPU in the screening rules, for a table whose inputs take a few
 * dozen values. Process owners keep editing {@code processes/*.dmn} in Modeler: a redeployed table is
 * a new decision definition id, so its results are never taken from the old one's.
 *
 * <p>Public for {@code ScreeningRulesBenchmark}, which measures the engine with and without it.
 * Off when the history level records decision evaluations (a remembered result would leave no
 * history instance), and with {@code captacion.camunda.memoized-decisions=false}.
 */
@Component
public class DecisionsOncePerInput extends AbstractProcessEnginePlugin {

    private final boolean enabled;

    @Autowired
    DecisionsOncePerInput(PlatformSettings settings) {
        this(settings.camunda().memoizedDecisions());
    }

    public DecisionsOncePerInput(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (enabled && !configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)) {
            configuration.setDmnEngine(new MemoizedDmnEngine(configuration.getDmnEngine()));
        }
    }
}
