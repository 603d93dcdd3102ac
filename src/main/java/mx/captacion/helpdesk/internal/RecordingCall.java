package mx.captacion.helpdesk.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketType;

/**
 * An agent (INETEL's first level or the MATO) records a call: who called, why, and what came of
 * it. It becomes a ticket like any other; a call resolved on the line starts answered, with the
 * call's result as its answer.
 */
@Service
public class RecordingCall {

    /** A call as the agent records it. */
    public record Call(HelpDeskLevel level, String callerName, String phone, String actorFolio, String auxiliarId,
                       List<TicketType> types, String otherType, String reason, String description, String result,
                       boolean resolved) {
    }

    private final OpeningTicket opening;

    RecordingCall(OpeningTicket opening) {
        this.opening = opening;
    }

    public Ticket record(Call call, String agent) {
        if (call.resolved() && (call.result() == null || call.result().isBlank())) {
            throw HelpDeskRejection.RESULTADO_REQUERIDO.problem();
        }
        String body = call.description() == null || call.description().isBlank() ? call.reason() : call.description();
        if (!call.resolved() && call.result() != null && !call.result().isBlank()) {
            // not resolved: what was said stays with the caller's account, the answer is still due
            body = body + "\n\nResultado de la llamada: " + call.result().strip();
        }
        return opening.open(new NewTicket(TicketChannel.TELEFONO, call.level() == null ? HelpDeskLevel.MATO : call.level(),
                call.callerName(), call.phone(), call.reason(), body, call.actorFolio(), call.auxiliarId(), null,
                call.types() == null ? List.of() : call.types(), call.otherType(),
                call.resolved() ? call.result() : null, agent));
    }
}
