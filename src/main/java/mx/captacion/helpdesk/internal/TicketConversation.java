package mx.captacion.helpdesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.helpdesk.TicketStatus;

/**
 * The requester writes again on an open ticket (a mail reply, the portal). An answered ticket
 * reopens: its process gets the {@code TicketReply} message and goes back to the answer task.
 */
@Service
public class TicketConversation {

    /** What became of a message appended to a ticket. */
    public enum Appended {
        /** The ticket was still with the help desk; the message joins the conversation. */
        ADDED,
        /** The ticket had been answered; it went back to the help desk. */
        REOPENED,
        /** The ticket is closed; nothing was appended (the caller opens a new ticket). */
        CLOSED
    }

    private final Tickets tickets;
    private final RuntimeService runtime;
    private final Clock clock;

    TicketConversation(Tickets tickets, RuntimeService runtime, Clock clock) {
        this.tickets = tickets;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public Appended append(long ticketId, String from, String body, Instant at) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> HelpDeskRejection.TICKET_DESCONOCIDO.problem(Ticket.numberOf(ticketId)));
        if (ticket.getStatus() == TicketStatus.CERRADO) {
            return Appended.CLOSED;
        }
        if (body == null || body.isBlank()) {
            throw HelpDeskRejection.DATO_REQUERIDO.problemSaying("mensaje");
        }
        ticket.receive(from, body.strip(), at);
        if (ticket.getStatus() != TicketStatus.RESPONDIDO) {
            return Appended.ADDED;
        }
        // the process reopens the ticket (status and history) in this same transaction
        runtime.createMessageCorrelation(SupportTicketProcess.MSG_REPLY)
                .processInstanceBusinessKey(ticket.getId().toString())
                .correlateWithResult();
        return Appended.REOPENED;
    }

    /** The ticket a mail belongs to, by its Message-ID, In-Reply-To or any of its References. */
    @Transactional(readOnly = true)
    public Optional<Long> findByThreadKey(String key) {
        return key == null || key.isBlank() ? Optional.empty() : tickets.findIdByThreadKey(key.strip());
    }

    /** Remembers another key of the ticket's thread (a reply's own Message-ID, an answer's). */
    @Transactional
    public void addThreadKey(long ticketId, String key) {
        if (key != null && !key.isBlank() && tickets.findIdByThreadKey(key.strip()).isEmpty()) {
            tickets.addThreadKey(key.strip(), ticketId, clock.instant());
        }
    }
}
