package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names shared by {@code processes/support-ticket.bpmn}, its listeners, delegates and tests. */
public final class SupportTicketProcess {

    public static final String KEY = "support-ticket";

    /** The ticket's id as text; also the business key. */
    public static final String VAR_TICKET_ID = "ticketId";
    public static final String VAR_CHANNEL = "channel";
    /** True once the ticket has its types: a reply or a typed call skips triage. */
    public static final String VAR_TRIAGED = "triaged";
    /** True when the call was resolved on the line: the ticket starts answered. */
    public static final String VAR_ANSWERED = "answered";
    /** Absolute deadlines (java.util.Date): re-entering the attention keeps them, never restarts them. */
    public static final String VAR_FIRST_ANSWER_DUE = "firstAnswerDue";
    public static final String VAR_RESOLUTION_DUE = "resolutionDue";
    /** ISO-8601 duration an answered ticket waits for a reply before it closes. */
    public static final String VAR_CLOSE_AFTER = "closeAfter";

    // triage form
    /** The types as a list of names (REST API); the form ticks one checkbox per type instead. */
    public static final String VAR_TYPES = "tipos";
    /** One boolean per type: {@code tipo_ACCESO_APP}, … */
    public static final String VAR_TYPE_PREFIX = "tipo_";
    public static final String VAR_OTHER_TYPE = "otroTipo";
    public static final String VAR_ACTOR_FOLIO = "folioActor";
    public static final String VAR_AUXILIAR_ID = "auxiliarId";
    // answer form
    public static final String VAR_ANSWER = "respuesta";
    /** True sends the ticket to soporte técnico before it is answered. */
    public static final String VAR_ESCALATE = "escalar";
    /** Who answered: set by the answer task's listener, read by the delegate that sends the answer. */
    static final String VAR_ANSWERED_BY = "answeredBy";
    // technical support form
    public static final String VAR_TECHNICAL_NOTE = "notaTecnica";

    public static final String TASK_TRIAGE = "TriageTicket";
    public static final String TASK_ANSWER = "AnswerTicket";
    public static final String TASK_TECHNICAL_SUPPORT = "TechnicalSupport";
    /** The requester's reply to an answered ticket. */
    public static final String MSG_REPLY = "TicketReply";

    static long ticketIdOf(VariableScope scope) {
        return Long.parseLong((String) scope.getVariable(VAR_TICKET_ID));
    }

    private SupportTicketProcess() {
    }
}
