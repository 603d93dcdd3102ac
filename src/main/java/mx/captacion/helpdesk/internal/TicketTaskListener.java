package mx.captacion.helpdesk.internal;

import static mx.captacion.helpdesk.internal.SupportTicketProcess.TASK_ANSWER;
import static mx.captacion.helpdesk.internal.SupportTicketProcess.TASK_TECHNICAL_SUPPORT;
import static mx.captacion.helpdesk.internal.SupportTicketProcess.TASK_TRIAGE;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import mx.captacion.helpdesk.TicketType;
import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.Markdown;

/**
 * The listener of the ticket's three user tasks. On create it gives the form the ticket and its
 * conversation (a task-local variable that vanishes with the task); on complete it applies what
 * the agent decided, so a wrong triage fails the completion with the reason, in Spanish.
 */
@Component("ticketTask")
class TicketTaskListener implements TaskListener {

    static final String VAR_FICHA = "ficha";
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z_]+");
    /** The platform speaks only Spanish (spring.web.locale); a task listener has no request to take a locale from. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Cutoffs.ZONE);

    private final AttendingTicket attending;
    private final CompletingUser completingUser;
    private final MessageSource messages;

    TicketTaskListener(AttendingTicket attending, CompletingUser completingUser, MessageSource messages) {
        this.attending = attending;
        this.completingUser = completingUser;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = SupportTicketProcess.ticketIdOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Ticket ticket = attending.ticket(id);
            // Tasklist's cards show the task's name: with the number an agent tells the tickets apart
            task.setName(task.getName() + " " + ticket.number());
            task.setVariableLocal(VAR_FICHA, ficha(ticket));
            if (TASK_TRIAGE.equals(task.getTaskDefinitionKey()) && task.getVariable(SupportTicketProcess.VAR_ACTOR_FOLIO) == null) {
                // a portal ticket (or a call that named it) already knows its actor: the agent confirms, not retypes
                attending.actorFolio(ticket).ifPresent(folio -> task.setVariableLocal(SupportTicketProcess.VAR_ACTOR_FOLIO, folio));
            }
            return;
        }
        // the ticket's history needs a name: a completion with nobody signed in is booked to the MATO
        String user = completingUser.of(task).orElse("mato");
        switch (task.getTaskDefinitionKey()) {
            case TASK_TRIAGE -> {
                attending.triage(id, types(task),
                        (String) task.getVariable(SupportTicketProcess.VAR_OTHER_TYPE),
                        (String) task.getVariable(SupportTicketProcess.VAR_ACTOR_FOLIO),
                        (String) task.getVariable(SupportTicketProcess.VAR_AUXILIAR_ID), user);
                task.getExecution().setVariable(SupportTicketProcess.VAR_TRIAGED, true);
            }
            case TASK_ANSWER -> {
                if (Boolean.TRUE.equals(task.getVariable(SupportTicketProcess.VAR_ESCALATE))) {
                    attending.escalate(id, user);
                } else {
                    task.getExecution().setVariable(SupportTicketProcess.VAR_ANSWERED_BY, user);
                }
            }
            case TASK_TECHNICAL_SUPPORT -> {
                attending.technicalSupportDone(id, (String) task.getVariable(SupportTicketProcess.VAR_TECHNICAL_NOTE), user);
                // back at the answer task the box starts unticked: escalating again is a new decision
                task.getExecution().setVariable(SupportTicketProcess.VAR_ESCALATE, false);
            }
            default -> throw new IllegalStateException("Tarea desconocida " + task.getTaskDefinitionKey());
        }
    }

    /**
     * The types ticked in the form, one checkbox each ({@code tipo_<TYPE>}: a Camunda Forms
     * checklist would submit a Json variable, which needs Spin on the engine), or a list in
     * {@code tipos} (the REST API, tests).
     */
    static List<TicketType> types(DelegateTask task) {
        List<TicketType> types = new ArrayList<>(types(task.getVariable(SupportTicketProcess.VAR_TYPES)));
        for (TicketType type : TicketType.values()) {
            if (Boolean.TRUE.equals(task.getVariable(SupportTicketProcess.VAR_TYPE_PREFIX + type.name()))) {
                types.add(type);
            }
        }
        return types;
    }

    /** The catalog's names in a list or its text; an unknown name is refused, not silently dropped. */
    static List<TicketType> types(Object value) {
        List<TicketType> types = new ArrayList<>();
        if (value == null) {
            return types;
        }
        Matcher names = TYPE_NAME.matcher(value.toString());
        while (names.find()) {
            String name = names.group();
            types.add(TicketType.parse(name).orElseThrow(() -> HelpDeskRejection.TIPO_DESCONOCIDO.problem(name)));
        }
        return types;
    }

    /**
     * The ticket and its conversation as the agent reads them (Markdown), from the bundle's
     * templates. Every argument is text, so MessageFormat formats nothing on its own.
     */
    String ficha(Ticket ticket) {
        StringBuilder text = new StringBuilder(text("helpdesk.ficha", ticket.number(), ticket.getChannel().label(),
                String.valueOf(ticket.getLevel()), Markdown.escape(ticket.getRequesterName()),
                Markdown.escape(ticket.getRequesterAddress() == null ? text("helpdesk.ficha.noContact")
                        : ticket.getRequesterAddress()),
                Markdown.escape(ticket.getSubject()), Markdown.escape(ticket.typesLabel()),
                WHEN.format(ticket.getOpenedAt()), ticket.getStatus().label()));
        for (TicketMessage message : ticket.getMessages()) {
            text.append(text("helpdesk.ficha.message." + message.getKind().name(), Markdown.escape(message.getAuthor()),
                    WHEN.format(message.getAt()), Markdown.escape(message.getBody()).replace("\n", "  \n")));
        }
        return text.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
