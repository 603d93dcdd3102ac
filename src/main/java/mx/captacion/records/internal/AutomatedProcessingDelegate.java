package mx.captacion.records.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/**
 * {@code AutomatedProcessing}: screens the record and leaves the outcome for the gateway and the
 * findings for the screening rules, as plain values (a list would need an object serializer).
 * They are transient: the gateway and the rules read them in the transaction that starts the
 * process (nothing on the way to the control desk is asynchronous), and nothing reads them after —
 * the findings are kept in the record and shown in the task's form — so they are not written as
 * three more variable rows per record (ingestion benchmark: 11 of them per record before).
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
        execution.setVariable(CitizenRecordProcess.VAR_SCREENING_OUTCOME, Variables.stringValue(result.outcome().name(), true));
        execution.setVariable(CitizenRecordProcess.VAR_FINDINGS, Variables.stringValue(String.join(",", result.findingKeys()), true));
        execution.setVariable(CitizenRecordProcess.VAR_FINDING_COUNT, Variables.integerValue(result.findingKeys().size(), true));
    }
}
