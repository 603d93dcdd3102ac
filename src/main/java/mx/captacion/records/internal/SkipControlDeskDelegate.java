package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code SkipControlDesk}: out of the sample, the record goes to the compulsa unreviewed. */
@Component("skipControlDesk")
class SkipControlDeskDelegate implements JavaDelegate {

    private final SamplingRecord sampling;

    SkipControlDeskDelegate(SamplingRecord sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sampling.skipControlDesk(CitizenRecordProcess.recordIdOf(execution));
    }
}
