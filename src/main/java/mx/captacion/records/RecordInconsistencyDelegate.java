package mx.captacion.records;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code RecordInconsistency}: the reviewer named a defect. */
@Component("recordInconsistency")
class RecordInconsistencyDelegate implements JavaDelegate {

    private final ReviewingRecord reviewing;

    RecordInconsistencyDelegate(ReviewingRecord reviewing) {
        this.reviewing = reviewing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecision decision = ReviewDecision.of((String) execution.getVariable(CitizenRecordProcess.VAR_DECISION),
                (String) execution.getVariable(CitizenRecordProcess.VAR_INCONSISTENCY_NOTE));
        reviewing.recordInconsistency(
                UUID.fromString((String) execution.getVariable(CitizenRecordProcess.VAR_RECORD_ID)),
                decision.inconsistency().orElseThrow(), decision.note(),
                (String) execution.getVariable(CitizenRecordProcess.VAR_REVIEWER));
    }
}
