package mx.captacion.helpdesk.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;

/**
 * A representative's tickets: opened from the portal for its own actor, followed there with their
 * answers. Another actor's ticket is answered as not found ({@link ActorAccess}).
 */
@Service
public class PortalTickets {

    private final Tickets tickets;
    private final OpeningTicket opening;
    private final TicketConversation conversation;
    private final ActorAccess access;
    private final Clock clock;

    PortalTickets(Tickets tickets, OpeningTicket opening, TicketConversation conversation, ActorAccess access,
                  Clock clock) {
        this.tickets = tickets;
        this.opening = opening;
        this.conversation = conversation;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Ticket open(String subject, String body, String user) {
        PoliticalActor actor = access.current();
        String name = actor.getRepresentativeName() == null ? user : actor.getRepresentativeName();
        return opening.open(new NewTicket(TicketChannel.PORTAL, HelpDeskLevel.MATO, name, actor.getRepresentativeEmail(),
                subject, body, actor.getFolio().value(), null, null, List.of(), null, null, user));
    }

    @Transactional(readOnly = true)
    public List<Ticket> mine() {
        return tickets.findByActorIdOrderByOpenedAtDesc(access.current().getId());
    }

    /** The ticket with its conversation and history, when it is the actor's own (else 404). */
    @Transactional(readOnly = true)
    public Ticket own(long id) {
        Ticket ticket = access.own(tickets.findById(id), Ticket::getActorId, "el reporte " + Ticket.numberOf(id));
        ticket.getMessages(); // loaded now: the page is drawn after the transaction
        ticket.getHistory();
        return ticket;
    }

    @Transactional
    public TicketConversation.Appended reply(long id, String body, String user) {
        Ticket ticket = own(id);
        return conversation.append(ticket.getId(), ticket.getRequesterName(), body, clock.instant());
    }
}
