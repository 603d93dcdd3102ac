package mx.captacion.actors.internal;

import java.time.Instant;

import mx.captacion.actors.PoliticalActor;

/** A registered actor as the API and the portal show it; its representative's password is only ever mailed. */
public record ActorView(String folio, String name, String process, String representativeName,
                        String representativeEmail, String representativeUser, Instant registeredAt) {

    static ActorView of(PoliticalActor actor) {
        return new ActorView(actor.getFolio().value(), actor.getName(), actor.getProcess().getCode(),
                actor.getRepresentativeName(), actor.getRepresentativeEmail(), actor.getRepresentativeUser(),
                actor.getRegisteredAt());
    }
}
