package mx.captacion.auxiliares;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.AuxiliarLifecycle.ReviewOutcome;
import mx.captacion.mail.Mails;

/** The service tasks of {@code processes/auxiliar-lifecycle.bpmn}, as expressions on this bean (public: JUEL calls it). */
@Component("auxiliarSteps")
public class AuxiliarLifecycleSteps {

    private final Auxiliares auxiliares;
    private final PoliticalActors actors;
    private final AuxiliarRegistry registry;
    private final ReviewingAuxiliar reviewing;
    private final Mails mails;

    AuxiliarLifecycleSteps(Auxiliares auxiliares, PoliticalActors actors, AuxiliarRegistry registry,
                           ReviewingAuxiliar reviewing, Mails mails) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.registry = registry;
        this.reviewing = reviewing;
        this.mails = mails;
    }

    /** Mails the auxiliar its ID and what to do with it. */
    public void sendAuxiliarId(DelegateExecution execution) {
        Auxiliar auxiliar = auxiliares.findByAuxiliarId(auxiliarId(execution)).orElseThrow();
        PoliticalActor actor = actors.findById(auxiliar.getActorId()).orElseThrow();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nombre", auxiliar.getName());
        model.put("auxiliarId", auxiliar.getAuxiliarId());
        model.put("actor", actor.getName());
        model.put("folio", actor.getFolio().value());
        model.put("autenticacion", auxiliar.getAuthenticationType().label());
        mails.queue(auxiliar.getEmail(), "auxiliar-alta", model);
    }

    public void review(DelegateExecution execution) {
        ReviewOutcome outcome = reviewing.review(auxiliarId(execution));
        execution.setVariable(AuxiliarLifecycle.VAR_REVIEW_OUTCOME, outcome.name());
    }

    public void bajaByPlatform(DelegateExecution execution) {
        BajaCause cause = BajaCause.valueOf((String) execution.getVariable(AuxiliarLifecycle.VAR_BAJA_CAUSE));
        registry.bajaByPlatform(auxiliarId(execution), cause);
    }

    private static String auxiliarId(DelegateExecution execution) {
        return (String) execution.getVariable(AuxiliarLifecycle.VAR_AUXILIAR_ID);
    }
}
