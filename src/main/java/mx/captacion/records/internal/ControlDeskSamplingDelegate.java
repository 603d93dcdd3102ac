package mx.captacion.records.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code ControlDeskSampling}: whether the process reviews this record (full review, or drawn into its sample). */
@Component("drawControlDeskSample")
class ControlDeskSamplingDelegate implements JavaDelegate {

    private final SamplingRecord sampling;

    ControlDeskSamplingDelegate(SamplingRecord sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID recordId = CitizenRecordProcess.recordIdOf(execution);
        execution.setVariable(CitizenRecordProcess.VAR_CONTROL_DESK_DRAW, sampling.draw(recordId).name());
    }
}
