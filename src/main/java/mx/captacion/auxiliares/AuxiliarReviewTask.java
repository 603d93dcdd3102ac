package mx.captacion.auxiliares;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Markdown;
import mx.captacion.platform.PublicUrl;
import mx.captacion.roll.ElectoralRoll;

/**
 * {@code ReviewAuxiliar}'s listener: on create, what the reviewer compares (the auxiliar as the
 * representative registered it, the roll's entry for the clave, links to the credential images);
 * on complete, who decided.
 */
@Component("auxiliarReviewTask")
class AuxiliarReviewTask implements TaskListener {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");

    private final Auxiliares auxiliares;
    private final PoliticalActors actors;
    private final ElectoralRoll roll;
    private final CompletingUser completingUser;
    private final PublicUrl publicUrl;

    AuxiliarReviewTask(Auxiliares auxiliares, PoliticalActors actors, ElectoralRoll roll, CompletingUser completingUser,
                       PublicUrl publicUrl) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.roll = roll;
        this.completingUser = completingUser;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Auxiliar auxiliar = auxiliares.findByAuxiliarId(AuxiliarLifecycle.auxiliarIdOf(task))
                    .orElseThrow();
            task.setVariablesLocal(Map.of("ficha", ficha(auxiliar), "imagenes",
                    publicUrl.of(AuxiliarImagesController.basePath(auxiliar.getAuxiliarId()))));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(AuxiliarLifecycle.VAR_REVIEWER, completingUser.of(task).orElse(null));
        }
    }

    String ficha(Auxiliar auxiliar) {
        PoliticalActor actor = actors.findById(auxiliar.getActorId()).orElseThrow();
        String enLista = roll.find(auxiliar.getClaveElector())
                .map(e -> "%s (%s), nacimiento %s, sección %d".formatted(Markdown.escape(e.fullName()),
                        e.registralStatus().label(), e.fechaNacimiento(), e.seccion()))
                .orElse(roll.isLoaded() ? "no se encontró la clave" : "no hay lista nominal cargada");
        return """
                | Dato | Valor |
                |---|---|
                | Auxiliar | %s |
                | Nombre registrado por la organización | %s |
                | Correo | %s |
                | Actor político | %s (%s) |
                | Clave de elector leída por la aplicación | %s |
                | Lista nominal | %s |
                | Registrado en la aplicación | %s |
                """.formatted(auxiliar.getAuxiliarId(), Markdown.escape(auxiliar.getName()), Markdown.escape(auxiliar.getEmail()),
                Markdown.escape(actor.getName()), actor.getFolio(), Markdown.escape(auxiliar.getClaveElector()), enLista,
                auxiliar.getAppRegisteredAt() == null ? "—"
                        : INSTANT.format(auxiliar.getAppRegisteredAt().atZone(CaptureProcess.ZONE)));
    }

}
