package mx.captacion.auxiliares.internal;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import mx.captacion.auxiliares.AuxiliarLifecycle.ReviewOutcome;
import mx.captacion.auxiliares.AuxiliarLifecycle;

/**
 * Refuses to leave {@code ReviewAuxiliar} without one of the decisions a person may take (an
 * execution listener, so Tasklist and the REST API get a 400 with the reason and the task stays open).
 */
@Component("auxiliarReviewCheck")
class AuxiliarReviewCheck implements ExecutionListener {

    private static final Set<String> DECISIONS = Set.of(ReviewOutcome.APROBADO.name(),
            ReviewOutcome.NO_ESTA_EN_LISTA_NOMINAL.name(), ReviewOutcome.SIN_ANVERSO_Y_REVERSO.name());
    /** The platform speaks only Spanish (spring.web.locale); a listener has no request to take a locale from. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final MessageSource messages;

    AuxiliarReviewCheck(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object decision = execution.getVariable(AuxiliarLifecycle.VAR_REVIEW_OUTCOME);
        if (!DECISIONS.contains(decision)) {
            throw new FormFieldValidationException(AuxiliarLifecycle.VAR_REVIEW_OUTCOME,
                    messages.getMessage("auxiliares.revision.sinDecision", null, SPANISH));
        }
    }
}
