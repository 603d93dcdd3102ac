package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code RecordResolutionBreach}: the resolution's deadline passed. */
@Component("recordResolutionBreach")
class RecordResolutionBreachDelegate implements JavaDelegate {

    private final AttendingTicket attending;

    RecordResolutionBreachDelegate(AttendingTicket attending) {
        this.attending = attending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attending.resolutionDeadline(SupportTicketProcess.ticketIdOf(execution));
    }
}
