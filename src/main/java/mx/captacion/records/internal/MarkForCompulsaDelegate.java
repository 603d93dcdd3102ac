package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code MarkForCompulsa}: the reviewer found the record valid. */
@Component("markForCompulsa")
class MarkForCompulsaDelegate implements JavaDelegate {

    private final ReviewingRecord reviewing;

    MarkForCompulsaDelegate(ReviewingRecord reviewing) {
        this.reviewing = reviewing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviewing.markForCompulsa(CitizenRecordProcess.recordIdOf(execution),
                (String) execution.getVariable(CitizenRecordProcess.VAR_REVIEWER));
    }
}
