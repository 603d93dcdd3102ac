package mx.captacion.auxiliares.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.actors.ActorLookup;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarLifecycle;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.mail.Mails;

/** {@code SendAuxiliarId}: mails the auxiliar its ID and what to do with it. */
@Component("sendAuxiliarId")
class SendAuxiliarIdDelegate implements JavaDelegate {

    private final Auxiliares auxiliares;
    private final ActorLookup actors;
    private final Mails mails;

    SendAuxiliarIdDelegate(Auxiliares auxiliares, ActorLookup actors, Mails mails) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Auxiliar auxiliar = auxiliares.findByAuxiliarId(AuxiliarLifecycle.auxiliarIdOf(execution)).orElseThrow();
        PoliticalActor actor = actors.byId(auxiliar.getActorId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nombre", auxiliar.getName());
        model.put("auxiliarId", auxiliar.getAuxiliarId().value());
        model.put("actor", actor.getName());
        model.put("folio", actor.getFolio().value());
        model.put("autenticacion", auxiliar.getAuthenticationType().label());
        mails.queue(auxiliar.getEmail(), "auxiliar-alta", model);
    }
}
