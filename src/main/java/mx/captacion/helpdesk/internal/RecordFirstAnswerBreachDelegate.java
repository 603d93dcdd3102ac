package mx.captacion.helpdesk.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code RecordFirstAnswerBreach}: the first answer's deadline passed. */
@Component("recordFirstAnswerBreach")
class RecordFirstAnswerBreachDelegate implements JavaDelegate {

    private final AttendingTicket attending;

    RecordFirstAnswerBreachDelegate(AttendingTicket attending) {
        this.attending = attending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attending.firstAnswerDeadline(SupportTicketProcess.ticketIdOf(execution));
    }
}
