package mx.captacion.auxiliares.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import mx.captacion.actors.ActorLookup;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarLifecycle;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Cutoffs;
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

    /** The platform speaks only Spanish (spring.web.locale); a task listener has no request to take a locale from. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");

    private final Auxiliares auxiliares;
    private final ActorLookup actors;
    private final ElectoralRoll roll;
    private final CompletingUser completingUser;
    private final PublicUrl publicUrl;
    private final MessageSource messages;

    AuxiliarReviewTask(Auxiliares auxiliares, ActorLookup actors, ElectoralRoll roll, CompletingUser completingUser,
                       PublicUrl publicUrl, MessageSource messages) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.roll = roll;
        this.completingUser = completingUser;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Auxiliar auxiliar = auxiliares.findByAuxiliarId(AuxiliarLifecycle.auxiliarIdOf(task))
                    .orElseThrow();
            task.setVariablesLocal(Map.of("ficha", ficha(auxiliar), "imagenes",
                    publicUrl.of(AuxiliarImagesController.basePath(auxiliar.getAuxiliarId().value()))));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(AuxiliarLifecycle.VAR_REVIEWER, completingUser.of(task).orElse(null));
        }
    }

    /**
     * The auxiliar as the reviewer compares it (Markdown), from the bundle's templates. Every argument
     * is text, so MessageFormat formats nothing on its own (a sección 1234 would read «1,234»).
     */
    String ficha(Auxiliar auxiliar) {
        PoliticalActor actor = actors.byId(auxiliar.getActorId());
        String enLista = roll.find(auxiliar.getClaveElector())
                .map(e -> text("auxiliar.ficha.roll", Markdown.escape(e.fullName()), e.registralStatus().label(),
                        e.fechaNacimiento().toString(), String.valueOf(e.seccion())))
                .orElseGet(() -> text(roll.isLoaded() ? "auxiliar.ficha.roll.notFound" : "auxiliar.ficha.roll.notLoaded"));
        return text("auxiliar.ficha",
                auxiliar.getAuxiliarId().value(),
                Markdown.escape(auxiliar.getName()),
                Markdown.escape(auxiliar.getEmail()),
                Markdown.escape(actor.getName()),
                actor.getFolio().value(),
                Markdown.escape(auxiliar.getClaveElector()),
                enLista,
                auxiliar.getAppRegisteredAt() == null ? text("auxiliar.ficha.notInApp")
                        : INSTANT.format(auxiliar.getAppRegisteredAt().atZone(Cutoffs.ZONE)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
