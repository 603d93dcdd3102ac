package mx.captacion.helpdesk;

import static mx.captacion.helpdesk.SupportTicketProcess.VAR_ANSWER;
import static mx.captacion.helpdesk.SupportTicketProcess.VAR_TICKET_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The service tasks of {@code processes/support-ticket.bpmn}, as expressions on this bean (public: JUEL calls it). */
@Component("ticketSteps")
public class SupportTicketSteps {

    /** Who answered: set by the answer task's listener, read by the step that sends the answer. */
    static final String VAR_ANSWERED_BY = "answeredBy";

    private final AttendingTicket attending;

    SupportTicketSteps(AttendingTicket attending) {
        this.attending = attending;
    }

    public void sendAnswer(DelegateExecution execution) {
        attending.answer(ticketId(execution), (String) execution.getVariable(VAR_ANSWER),
                (String) execution.getVariable(VAR_ANSWERED_BY));
        // the answer lives on the ticket: after a reply the form starts empty, not with the last answer
        execution.removeVariable(VAR_ANSWER);
    }

    public void reopen(DelegateExecution execution) {
        attending.reopen(ticketId(execution));
    }

    public void close(DelegateExecution execution) {
        attending.close(ticketId(execution));
    }

    public void firstAnswerDeadline(DelegateExecution execution) {
        attending.firstAnswerDeadline(ticketId(execution));
    }

    public void resolutionDeadline(DelegateExecution execution) {
        attending.resolutionDeadline(ticketId(execution));
    }

    static long ticketId(DelegateExecution execution) {
        return Long.parseLong((String) execution.getVariable(VAR_TICKET_ID));
    }
}
