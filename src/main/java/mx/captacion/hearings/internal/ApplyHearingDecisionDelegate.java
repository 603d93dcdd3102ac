package mx.captacion.hearings.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.hearings.RecordHearingProcess;

/** {@code ApplyHearingDecision}: the decision onto the contest and the record; the record's new status back. */
@Component("applyHearingDecision")
class ApplyHearingDecisionDelegate implements JavaDelegate {

    private final DecidingContest deciding;

    ApplyHearingDecisionDelegate(DecidingContest deciding) {
        this.deciding = deciding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var status = deciding.decide(RecordHearingProcess.recordIdOf(execution),
                HearingOutcome.valueOf((String) execution.getVariable(RecordHearingProcess.VAR_OUTCOME)),
                ((String) execution.getVariable(RecordHearingProcess.VAR_EXPLANATION)).strip(),
                (String) execution.getVariable(RecordHearingProcess.VAR_REVIEWER));
        execution.setVariable(RecordHearingProcess.VAR_RECORD_STATUS, status.name());
    }
}
