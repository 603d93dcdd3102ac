package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;
import mx.captacion.records.CitizenRecordProcess;

/**
 * Refuses to leave {@code ControlDeskReview} without a decision (or with «Otra» and no text): Tasklist
 * and the REST API answer 400 with the reason, and the task stays open (the engine's own form
 * validation error; platform.TaskFormRefusals treats the platform's other refusals the same way).
 */
@Component("reviewDecisionCheck")
class ReviewDecisionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        try {
            CitizenRecordProcess.decisionOf(execution);
        } catch (ApiProblem e) {
            throw new FormFieldValidationException(CitizenRecordProcess.VAR_DECISION, e.getMessage());
        }
    }
}
