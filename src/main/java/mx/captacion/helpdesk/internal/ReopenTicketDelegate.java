package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ReopenTicket}: the requester replied to an answered ticket. */
@Component("reopenTicket")
class ReopenTicketDelegate implements JavaDelegate {

    private final AttendingTicket attending;

    ReopenTicketDelegate(AttendingTicket attending) {
        this.attending = attending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attending.reopen(SupportTicketProcess.ticketIdOf(execution));
    }
}
