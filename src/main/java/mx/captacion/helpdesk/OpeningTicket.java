package mx.captacion.helpdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.internal.HelpDeskRejection;
import mx.captacion.helpdesk.internal.HelpDeskSettings;
import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.helpdesk.internal.Tickets;

/**
 * Opens a ticket from any channel and starts its {@code support-ticket} process (business key =
 * ticket id) in the same transaction: a ticket without its process, or the reverse, never exists.
 * The mail route calls {@link #open(NewTicket)} for each new conversation.
 */
@Service
public class OpeningTicket {

    private final Tickets tickets;
    private final PoliticalActors actors;
    private final RuntimeService runtime;
    private final Clock clock;
    private final Duration firstAnswer;
    private final Duration resolution;
    private final String closeAfter;

    OpeningTicket(Tickets tickets, PoliticalActors actors, RuntimeService runtime, Clock clock,
                  HelpDeskSettings settings) {
        this.tickets = tickets;
        this.actors = actors;
        this.runtime = runtime;
        this.clock = clock;
        this.firstAnswer = settings.firstAnswer();
        this.resolution = settings.resolution();
        this.closeAfter = settings.closeAfter();
    }

    @Transactional
    public Ticket open(NewTicket request) {
        validate(request);
        Long actorId = null;
        if (request.actorFolio() != null && !request.actorFolio().isBlank()) {
            actorId = actors.findByFolio(request.actorFolio().strip()).map(PoliticalActor::getId)
                    .orElseThrow(() -> HelpDeskRejection.ACTOR_DESCONOCIDO.problem(request.actorFolio()));
        }
        Instant now = clock.instant();
        Ticket ticket = new Ticket(request, actorId, now, now.plus(firstAnswer), now.plus(resolution));
        if (request.answer() != null && !request.answer().isBlank()) {
            ticket.answer(request.answer().strip(), now, request.openedBy());
        }
        ticket = tickets.saveAndFlush(ticket);
        if (request.threadKey() != null && !request.threadKey().isBlank()) {
            tickets.addThreadKey(request.threadKey().strip(), ticket.getId(), now); // a repeated key is refused by the primary key
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupportTicketProcess.VAR_TICKET_ID, ticket.getId().toString());
        variables.put(SupportTicketProcess.VAR_CHANNEL, ticket.getChannel().name());
        variables.put(SupportTicketProcess.VAR_TRIAGED, !ticket.typeList().isEmpty());
        variables.put(SupportTicketProcess.VAR_ANSWERED, ticket.getStatus() == TicketStatus.RESPONDIDO);
        variables.put(SupportTicketProcess.VAR_FIRST_ANSWER_DUE, Date.from(ticket.getFirstAnswerDue()));
        variables.put(SupportTicketProcess.VAR_RESOLUTION_DUE, Date.from(ticket.getResolutionDue()));
        variables.put(SupportTicketProcess.VAR_CLOSE_AFTER, closeAfter);
        variables.put(SupportTicketProcess.VAR_ESCALATE, false);
        runtime.startProcessInstanceByKey(SupportTicketProcess.KEY, ticket.getId().toString(), variables);
        return ticket;
    }

    private static void validate(NewTicket request) {
        if (request.channel() == null) {
            throw HelpDeskRejection.CANAL_REQUERIDO.problem();
        }
        require(request.requesterName(), 300, "nombre");
        require(request.subject(), 300, "motivo");
        if (request.body() == null || request.body().isBlank()) {
            throw HelpDeskRejection.DATO_REQUERIDO.problem();
        }
        if (request.channel() == TicketChannel.CORREO && (request.requesterAddress() == null
                || !request.requesterAddress().contains("@"))) {
            throw HelpDeskRejection.CORREO_INVALIDO.problem();
        }
        List<TicketType> types = request.types() == null ? List.of() : request.types();
        if (types.contains(TicketType.OTRA) && (request.otherType() == null || request.otherType().isBlank())) {
            throw HelpDeskRejection.TIPO_OTRA_SIN_TEXTO.problem();
        }
    }

    /** {@code what} names the field's wording in the bundle: {@code helpdesk.problema.DATO_REQUERIDO.<what>}. */
    static void require(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            throw HelpDeskRejection.DATO_REQUERIDO.problemSaying(what);
        }
        if (text.strip().length() > max) {
            throw HelpDeskRejection.DATO_DEMASIADO_LARGO.problemSaying(what, max);
        }
    }
}
