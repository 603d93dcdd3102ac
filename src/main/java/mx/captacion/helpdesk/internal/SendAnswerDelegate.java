package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code SendAnswer}: records the answer, which goes out by the ticket's channel. */
@Component("sendTicketAnswer")
class SendAnswerDelegate implements JavaDelegate {

    private final AttendingTicket attending;

    SendAnswerDelegate(AttendingTicket attending) {
        this.attending = attending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attending.answer(SupportTicketProcess.ticketIdOf(execution),
                (String) execution.getVariable(SupportTicketProcess.VAR_ANSWER),
                (String) execution.getVariable(SupportTicketProcess.VAR_ANSWERED_BY));
        // the answer lives on the ticket: after a reply the form starts empty, not with the last answer
        execution.removeVariable(SupportTicketProcess.VAR_ANSWER);
    }
}
