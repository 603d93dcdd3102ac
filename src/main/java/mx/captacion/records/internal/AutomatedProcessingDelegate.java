package mx.captacion.records.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/**
 * {@code AutomatedProcessing}: screens the record and leaves the outcome for the gateway and the
 * findings for the screening rules, as plain values (a list would need an object serializer).
 */
@Component("automatedProcessing")
class AutomatedProcessingDelegate implements JavaDelegate {

    private final ScreeningRecord screening;

    AutomatedProcessingDelegate(ScreeningRecord screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID recordId = CitizenRecordProcess.recordIdOf(execution);
        ScreeningRecord.Screening result = screening.screen(recordId);
        execution.setVariable(CitizenRecordProcess.VAR_SCREENING_OUTCOME, result.outcome().name());
        execution.setVariable(CitizenRecordProcess.VAR_FINDINGS, String.join(",", result.findingKeys()));
        execution.setVariable(CitizenRecordProcess.VAR_FINDING_COUNT, result.findingKeys().size());
    }
}
