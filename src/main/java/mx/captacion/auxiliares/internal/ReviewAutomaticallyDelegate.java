package mx.captacion.auxiliares.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.auxiliares.AuxiliarLifecycle.ReviewOutcome;
import mx.captacion.auxiliares.AuxiliarLifecycle;

/** {@code ReviewAutomatically}: the INE review against the roll; its outcome routes the gateway. */
@Component("reviewAuxiliarAutomatically")
class ReviewAutomaticallyDelegate implements JavaDelegate {

    private final ReviewingAuxiliar reviewing;

    ReviewAutomaticallyDelegate(ReviewingAuxiliar reviewing) {
        this.reviewing = reviewing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewOutcome outcome = reviewing.review(AuxiliarLifecycle.auxiliarIdOf(execution));
        execution.setVariable(AuxiliarLifecycle.VAR_REVIEW_OUTCOME, outcome.name());
    }
}
