package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code CloseTicket}: nobody replied to the answer in time. */
@Component("closeTicket")
class CloseTicketDelegate implements JavaDelegate {

    private final AttendingTicket attending;

    CloseTicketDelegate(AttendingTicket attending) {
        this.attending = attending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attending.close(SupportTicketProcess.ticketIdOf(execution));
    }
}
