package mx.captacion.actors;

import java.util.List;

/** An actor as lists show it. */
public record ActorSummary(String folio, String name, String process) {

    public static List<ActorSummary> all(PoliticalActors actors) {
        return actors.findAllByOrderByFolioAsc().stream()
                .map(a -> new ActorSummary(a.getFolio().value(), a.getName(), a.getProcess().getName()))
                .toList();
    }
}
