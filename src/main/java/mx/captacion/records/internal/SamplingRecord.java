package mx.captacion.records.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ControlDeskSampling;
import mx.captacion.records.RecordStatus;

/**
 * Sampling at the control desk for one record the screening rules pass without a warning: whether
 * its process reviews it, the path of one left out of the sample (straight to the compulsa, with its
 * history), and the sampled review's count towards the process's error rate.
 */
@Service
public class SamplingRecord {

    public static final String UNSAMPLED_NOTE = "No entró en la muestra de la mesa de control: pasó a compulsa sin revisión.";

    private final CitizenRecords records;
    private final ControlDeskSampling sampling;
    private final Clock clock;

    SamplingRecord(CitizenRecords records, ControlDeskSampling sampling, Clock clock) {
        this.records = records;
        this.sampling = sampling;
        this.clock = clock;
    }

    /** The same record always gets the same draw while its process samples (see {@code SampleDraw}). */
    @Transactional(readOnly = true)
    public ControlDeskSampling.Draw draw(UUID recordId) {
        return sampling.draw(find(recordId).getProcessId(), recordId);
    }

    /** Safe to run twice. */
    @Transactional
    public void skipControlDesk(UUID recordId) {
        CitizenRecord record = find(recordId);
        if (record.getStatus() == RecordStatus.PARA_COMPULSA) {
            return;
        }
        record.markForCompulsaUnsampled(UNSAMPLED_NOTE, clock.instant());
        records.save(record);
    }

    /** A reviewer decided on a record of the sample: valid, or an inconsistency. */
    @Transactional
    public void countSampledReview(UUID recordId, boolean inconsistent) {
        sampling.countSampledReview(find(recordId).getProcessId(), inconsistent);
    }

    private CitizenRecord find(UUID recordId) {
        return records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
    }
}
