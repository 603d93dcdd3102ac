package mx.captacion.helpdesk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.helpdesk.internal.HelpDeskRejection;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.helpdesk.internal.Tickets;

/**
 * The search of every help-desk case by a person's name, without regard to accents or case, and
 * its evidence (seed table 10): what was searched, when, by whom, and what was found.
 */
@Service
public class SearchingCases {

    /** What the evidence page shows; an empty list is "No se encontraron registros". */
    public record Evidence(String query, Instant searchedAt, String searchedBy, List<Found> found) {
    }

    public record Found(long id, String number, Instant openedAt, String requester, String channel, String level,
                        String subject, String status) {
    }

    private final Tickets tickets;
    private final Clock clock;

    SearchingCases(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Evidence byName(String name, String searchedBy) {
        return byName(name, searchedBy, clock.instant());
    }

    /** The same search over the cases opened by an instant (the nota informativa's section 10, at its cut-off). */
    @Transactional(readOnly = true)
    public Evidence byName(String name, String searchedBy, Instant asOf) {
        String normalized = Ticket.searchable(name);
        if (normalized.length() < 3) {
            throw HelpDeskRejection.BUSQUEDA_MUY_CORTA.problem();
        }
        List<Found> found = tickets.search(normalized, asOf).stream().map(t -> new Found(t.getId(), t.number(),
                t.getOpenedAt(), t.getRequesterName(), t.getChannel().label(), t.getLevel().name(), t.getSubject(),
                t.getStatus().label())).toList();
        return new Evidence(name.strip(), asOf, searchedBy, found);
    }
}
