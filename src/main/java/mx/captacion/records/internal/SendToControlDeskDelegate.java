package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code SendToControlDesk}: the screening rules want a reviewer to look at the record. */
@Component("sendToControlDesk")
class SendToControlDeskDelegate implements JavaDelegate {

    private final ScreeningRecord screening;

    SendToControlDeskDelegate(ScreeningRecord screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screening.sendToControlDesk(CitizenRecordProcess.recordIdOf(execution));
    }
}
