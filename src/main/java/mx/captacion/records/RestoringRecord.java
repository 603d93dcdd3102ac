package mx.captacion.records;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A garantía de audiencia restored a judged record: {@code NO_VALIDO} becomes {@code VALIDO},
 * {@code CON_INCONSISTENCIA} goes to the compulsa; either becomes {@code DUPLICADO} when the
 * citizen meanwhile came to count with another record of the actor. Restoring a record already restored changes
 * nothing (a job may run twice).
 */
@Service
public class RestoringRecord {

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final StatusHistory history;
    private final Clock clock;

    RestoringRecord(CitizenRecords records, CountedCitizens counted, StatusHistory history, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.history = history;
        this.clock = clock;
    }

    /** The record's status after the restitution. */
    @Transactional
    public RecordStatus restore(UUID recordId, String reviewer) {
        // the same lock as the compulsa's answer: a citizen's records change one at a time
        records.lockCitizenInProcess(recordId);
        CitizenRecord record = records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
        if (!record.isJudged()) {
            return record.getStatus();
        }
        // the judgement had released the citizen; the restored record counts again, unless another does
        UUID holder = counted.claim(record.getActorId(), record.getClaveElector(), recordId);
        record.restoreAfterHearing(reviewer, clock.instant(), recordId.equals(holder) ? null : holder);
        history.append(record, record.getReviewedAt());
        return record.getStatus();
    }
}
