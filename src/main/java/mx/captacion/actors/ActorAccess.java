package mx.captacion.actors;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import mx.captacion.actors.internal.Representatives;

/**
 * The one gate between a representative and an organization's data: it resolves the actor of the
 * signed-in user and refuses whatever belongs to another. A thing of another actor is answered
 * exactly like one that does not exist (404), so ids of other organizations cannot be probed.
 */
@Component
public class ActorAccess {

    private final Representatives representatives;

    ActorAccess(Representatives representatives) {
        this.representatives = representatives;
    }

    /** The actor the signed-in user represents; refused (403) when the user represents none. */
    public PoliticalActor current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return representatives.actorOf(user == null ? null : user.getName())
                .orElseThrow(() -> ActorRejection.SIN_ACTOR_POLITICO.problem());
    }

    /**
     * The thing when it belongs to the signed-in user's actor; otherwise refused with 404.
     *
     * @param found       what the id named, if anything
     * @param ownerOf     the id of the actor the thing belongs to
     * @param description how the refusal names it, e.g. "el auxiliar AUX-1001"
     */
    public <T> T own(Optional<T> found, Function<T, Long> ownerOf, String description) {
        Long actor = current().getId();
        return found.filter(thing -> actor.equals(ownerOf.apply(thing)))
                .orElseThrow(() -> ActorRejection.NO_ENCONTRADO.problem(description));
    }
}
