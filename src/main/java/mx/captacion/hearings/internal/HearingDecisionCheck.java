package mx.captacion.hearings.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import mx.captacion.hearings.RecordHearingProcess;

/**
 * Refuses to leave {@code HearingReview} without a decision and its explanation. An execution
 * listener, so Tasklist and the REST API answer 400 with the reason and the task stays open.
 */
@Component("hearingDecisionCheck")
class HearingDecisionCheck implements ExecutionListener {

    static final int MIN_EXPLANATION = 10;
    static final int MAX_EXPLANATION = 2000;

    @Override
    public void notify(DelegateExecution execution) {
        Object outcome = execution.getVariable(RecordHearingProcess.VAR_OUTCOME);
        if (!(outcome instanceof String name) || HearingOutcome.byName(name).isEmpty()) {
            throw new FormFieldValidationException(RecordHearingProcess.VAR_OUTCOME,
                    HearingRejection.DECISION_FALTANTE.problem().getMessage());
        }
        Object explanation = execution.getVariable(RecordHearingProcess.VAR_EXPLANATION);
        String text = explanation instanceof String s ? s.strip() : "";
        if (text.length() < MIN_EXPLANATION || text.length() > MAX_EXPLANATION) {
            throw new FormFieldValidationException(RecordHearingProcess.VAR_EXPLANATION,
                    HearingRejection.EXPLICACION_INVALIDA.problem(MIN_EXPLANATION, MAX_EXPLANATION).getMessage());
        }
    }
}
