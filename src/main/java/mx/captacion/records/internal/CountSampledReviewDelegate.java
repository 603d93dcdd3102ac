package mx.captacion.records.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.records.CitizenRecordProcess;

/** {@code CountSampledReview}: a sampled record's decision counts towards its process's error rate. */
@Component("countSampledReview")
class CountSampledReviewDelegate implements JavaDelegate {

    private final SamplingRecord sampling;

    CountSampledReviewDelegate(SamplingRecord sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewDecision decision = CitizenRecordProcess.decisionOf(execution);
        sampling.countSampledReview(
                CitizenRecordProcess.recordIdOf(execution), !decision.valid());
    }
}
