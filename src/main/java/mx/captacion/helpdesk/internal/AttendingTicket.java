package mx.captacion.helpdesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketType;
import mx.captacion.mail.Mails;

/**
 * What the help desk does to a ticket, step by step of {@code support-ticket.bpmn}: type it,
 * escalate it, answer it by its channel, reopen and close it, and record the service-level
 * breaches. Each step changes the ticket's status and keeps the change with its instant.
 */
@Service
public class AttendingTicket {

    static final String ANSWER_TEMPLATE = "ticket-respuesta";
    /** The right-hand side of the answers' Message-IDs: unique with the UUID, never a mailbox. */
    static final String MESSAGE_ID_DOMAIN = "mesa-ayuda.captacion";
    private static final Logger log = LoggerFactory.getLogger(AttendingTicket.class);

    private final Tickets tickets;
    private final PoliticalActors actors;
    private final Auxiliares auxiliares;
    private final Mails mails;
    private final Clock clock;

    AttendingTicket(Tickets tickets, PoliticalActors actors, Auxiliares auxiliares, Mails mails, Clock clock) {
        this.tickets = tickets;
        this.actors = actors;
        this.auxiliares = auxiliares;
        this.mails = mails;
        this.clock = clock;
    }

    Ticket ticket(long id) {
        return tickets.findById(id).orElseThrow(() -> HelpDeskRejection.TICKET_DESCONOCIDO.problem(Ticket.numberOf(id)));
    }

    /** The folio of the actor the ticket is linked to, if any. */
    Optional<String> actorFolio(Ticket ticket) {
        return Optional.ofNullable(ticket.getActorId()).flatMap(actors::findById).map(actor -> actor.getFolio().value());
    }

    /** The ticket with its conversation and history loaded, for a page drawn after the transaction. */
    @Transactional(readOnly = true)
    public Ticket withConversation(long id) {
        Ticket ticket = ticket(id);
        ticket.getMessages();
        ticket.getHistory();
        return ticket;
    }

    /** Types the ticket and links it to its actor and, where named, its auxiliar. */
    @Transactional
    public void triage(long id, Collection<TicketType> types, String otherType, String actorFolio, String auxiliarId,
                       String by) {
        if (types == null || types.isEmpty()) {
            throw HelpDeskRejection.TIPO_REQUERIDO.problem();
        }
        if (types.contains(TicketType.OTRA) && (otherType == null || otherType.isBlank())) {
            throw HelpDeskRejection.TIPO_OTRA_SIN_TEXTO.problem();
        }
        Ticket ticket = ticket(id);
        Long actorId = ticket.getActorId();
        if (actorFolio != null && !actorFolio.isBlank()) {
            actorId = actors.findByFolio(actorFolio.strip()).map(PoliticalActor::getId)
                    .orElseThrow(() -> HelpDeskRejection.ACTOR_DESCONOCIDO.problem(actorFolio.strip()));
        }
        AuxiliarId named = null;
        if (auxiliarId != null && !auxiliarId.isBlank()) {
            String auxiliar = auxiliarId.strip();
            named = AuxiliarId.parse(auxiliar).orElse(null);
            Long owner = Optional.ofNullable(named).flatMap(auxiliares::findByAuxiliarId).map(found -> found.getActorId())
                    .orElseThrow(() -> HelpDeskRejection.AUXILIAR_DESCONOCIDO.problem(auxiliar));
            if (actorId != null && !actorId.equals(owner)) {
                throw HelpDeskRejection.AUXILIAR_DE_OTRO_ACTOR.problem(auxiliar);
            }
            actorId = owner;
        }
        ticket.triage(types, otherType, actorId, named, clock.instant(), by);
    }

    @Transactional
    public void escalate(long id, String by) {
        ticket(id).escalate(clock.instant(), by);
    }

    /** Soporte técnico's note (internal) and the ticket back to the MATO to answer. */
    @Transactional
    public void technicalSupportDone(long id, String note, String by) {
        ticket(id).backFromTechnicalSupport(note == null || note.isBlank() ? "(sin nota)" : note.strip(),
                clock.instant(), by);
    }

    /**
     * Records the answer and sends it back by the ticket's channel: a mail through the outbox for
     * CORREO; for TELEFONO the answer is the call's result the agent recorded; for PORTAL the
     * representative reads it on the ticket's page.
     */
    @Transactional
    public void answer(long id, String text, String by) {
        if (text == null || text.isBlank()) {
            throw HelpDeskRejection.RESPUESTA_REQUERIDA.problem();
        }
        Ticket ticket = ticket(id);
        Instant now = clock.instant();
        ticket.answer(text.strip(), now, by);
        if (ticket.getChannel() == TicketChannel.CORREO) {
            mails.queue(ticket.getRequesterAddress(), ANSWER_TEMPLATE, answerMail(ticket, text.strip()),
                    threadOfAnswer(ticket, now));
        }
    }

    /**
     * The answer joins the mail conversation: In-Reply-To the latest mail of the thread,
     * References all of them, and a Message-ID of its own, kept as a key of the ticket so that a
     * reply to the answer finds the ticket again.
     */
    private Mails.ThreadHeaders threadOfAnswer(Ticket ticket, Instant now) {
        List<String> keys = tickets.threadKeys(ticket.getId());
        String messageId = "<" + ticket.number().toLowerCase() + "." + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">";
        tickets.addThreadKey(messageId, ticket.getId(), now);
        return new Mails.ThreadHeaders(messageId, keys.isEmpty() ? null : keys.get(keys.size() - 1),
                keys.isEmpty() ? null : String.join(" ", keys));
    }

    static Map<String, Object> answerMail(Ticket ticket, String text) {
        List<TicketMessage> messages = ticket.getMessages();
        String original = messages.stream().filter(m -> m.getKind() == TicketMessage.Kind.ENTRADA)
                .reduce((first, second) -> second).map(TicketMessage::getBody).orElse("");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("numero", ticket.number());
        model.put("asunto", ticket.getSubject().replaceFirst("(?i)^(re:\\s*)+", ""));
        model.put("nombre", ticket.getRequesterName());
        model.put("respuesta", text);
        model.put("mensajeOriginal", original);
        return model;
    }

    @Transactional
    public void reopen(long id) {
        ticket(id).reopen(clock.instant(), "solicitante");
    }

    @Transactional
    public void close(long id) {
        ticket(id).close(clock.instant(), "sistema");
    }

    /** The first-answer deadline ran out: a breach when no answer came in time. */
    @Transactional
    public boolean firstAnswerDeadline(long id) {
        Instant now = clock.instant();
        boolean breached = ticket(id).firstAnswerDeadlinePassed(now);
        if (breached) {
            log.warn("Reporte {}: venció el plazo de primera respuesta sin respuesta", Ticket.numberOf(id));
        }
        return breached;
    }

    /** The resolution deadline ran out: a breach when the ticket was still on the help desk's side. */
    @Transactional
    public boolean resolutionDeadline(long id) {
        boolean breached = ticket(id).resolutionDeadlinePassed(clock.instant());
        if (breached) {
            log.warn("Reporte {}: venció el plazo de resolución con el reporte pendiente", Ticket.numberOf(id));
        }
        return breached;
    }
}
