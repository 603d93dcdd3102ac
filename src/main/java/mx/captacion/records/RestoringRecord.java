package mx.captacion.records;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A garantía de audiencia restored a judged record: {@code NO_VALIDO} becomes {@code VALIDO},
 * {@code CON_INCONSISTENCIA} goes to the compulsa. Restoring a record already restored changes
 * nothing (a job may run twice).
 */
@Service
public class RestoringRecord {

    private final CitizenRecords records;
    private final StatusHistory history;
    private final Clock clock;

    RestoringRecord(CitizenRecords records, StatusHistory history, Clock clock) {
        this.records = records;
        this.history = history;
        this.clock = clock;
    }

    /** The record's status after the restitution. */
    @Transactional
    public RecordStatus restore(UUID recordId, String reviewer) {
        CitizenRecord record = records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
        if (!record.isJudged()) {
            return record.getStatus();
        }
        record.restoreAfterHearing(reviewer, clock.instant());
        history.append(record, record.getReviewedAt());
        return record.getStatus();
    }
}
