package mx.captacion.actors;

import org.springframework.stereotype.Service;

/**
 * Finds a political actor for another module, by its id or by its folio: the read side of
 * {@link PoliticalActors} that a caller needs, without handing it the repository.
 */
@Service
public class ActorLookup {

    private final PoliticalActors actors;

    ActorLookup(PoliticalActors actors) {
        this.actors = actors;
    }

    /** The actor a stored thing points at by id; it exists, as the id came from it. */
    public PoliticalActor byId(Long actorId) {
        return actors.findById(actorId).orElseThrow();
    }

    /** The actor a request names by folio; refused with {@link ActorRejection#ACTOR_DESCONOCIDO} when none has it. */
    public PoliticalActor byFolio(String folio) {
        return actors.findByFolio(folio).orElseThrow(() -> ActorRejection.ACTOR_DESCONOCIDO.problem(folio));
    }
}
