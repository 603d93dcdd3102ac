package mx.captacion.retention.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import mx.captacion.hearings.RecordHearingProcess;
import mx.captacion.records.CitizenRecordProcess;

/**
 * Removes what Camunda copied of a purged record's or auxiliar's personal data, through the
 * engine's own API (its caches and byte arrays stay consistent): the task forms' {@code ficha} (the
 * citizen's or auxiliar's data, written by the control desk's, the hearing's and the auxiliar
 * review's task listeners) and {@code imagenes} (links to the deleted images), and the reviewers'
 * free texts; and every historic variable of those instances, with its details. Business keys are
 * record ids and auxiliar ids, which name no one once the rows are purged; tasks, activities and
 * their instants stay.
 */
@Component
class ForgettingInTheEngine {

    static final Set<String> PERSONAL_VARIABLES = Set.of("ficha", "imagenes",
            CitizenRecordProcess.VAR_INCONSISTENCY_NOTE, RecordHearingProcess.VAR_EXPLANATION);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    ForgettingInTheEngine(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    /** Forgets the personal variables of every instance, running or ended, of these business keys; returns how many went. */
    int forget(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return 0;
        }
        // The historic instance query is the only one that takes many business keys at once, and
        // it lists running instances too (history level activity records every instance).
        String[] instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list().stream()
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return 0;
        }
        int removed = 0;
        List<VariableInstance> running = runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(PERSONAL_VARIABLES.toArray(String[]::new)).list();
        for (VariableInstance variable : running) {
            if (variable.getTaskId() != null) {
                tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
            } else {
                runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
            }
            removed++;
        }
        // Level activity keeps no variable history; a node configured with more would have copies here.
        List<HistoricVariableInstance> kept = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances).list();
        for (HistoricVariableInstance variable : kept) {
            history.deleteHistoricVariableInstance(variable.getId());
            removed++;
        }
        return removed;
    }
}
