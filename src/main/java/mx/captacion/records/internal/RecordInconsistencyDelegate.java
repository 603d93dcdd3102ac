package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code RecordInconsistency}: the reviewer named a defect. */
@Component("recordInconsistency")
class RecordInconsistencyDelegate implements JavaDelegate {

    private final ReviewingRecord reviewing;

    RecordInconsistencyDelegate(ReviewingRecord reviewing) {
        this.reviewing = reviewing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecision decision = CitizenRecordProcess.decisionOf(execution);
        reviewing.recordInconsistency(
                CitizenRecordProcess.recordIdOf(execution),
                decision.inconsistency().orElseThrow(), decision.note(),
                (String) execution.getVariable(CitizenRecordProcess.VAR_REVIEWER));
    }
}
