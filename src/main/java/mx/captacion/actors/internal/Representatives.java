package mx.captacion.actors.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;

/**
 * Which actor a signed-in representative acts for. Every portal and API path of an organization
 * starts here, so an organization only ever reaches its own data.
 */
@Component
public class Representatives {

    private final PoliticalActors actors;

    Representatives(PoliticalActors actors) {
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    public Optional<PoliticalActor> actorOf(String userId) {
        return userId == null ? Optional.empty() : actors.findByRepresentativeUser(userId);
    }

    /** The actor of the signed-in user; refused (403) when the user represents none. */
    public PoliticalActor requireActorOf(Authentication authentication) {
        return actorOf(authentication == null ? null : authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("La cuenta no representa a ningún actor político."));
    }
}
