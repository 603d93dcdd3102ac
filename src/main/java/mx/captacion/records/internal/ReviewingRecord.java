package mx.captacion.records.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.InconsistencyType;
import mx.captacion.records.RecordStatus;

/** The control desk's decision, applied to the record. Applying the same decision twice changes nothing. */
@Service
public class ReviewingRecord {

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final Clock clock;

    ReviewingRecord(CitizenRecords records, CountedCitizens counted, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.clock = clock;
    }

    @Transactional
    public void markForCompulsa(UUID recordId, String reviewer) {
        CitizenRecord record = find(recordId);
        if (record.getStatus() == RecordStatus.PARA_COMPULSA) {
            return;
        }
        record.markForCompulsa(reviewer, clock.instant());
        records.save(record);
    }

    @Transactional
    public void recordInconsistency(UUID recordId, InconsistencyType type, String note, String reviewer) {
        CitizenRecord record = find(recordId);
        if (record.getStatus() == RecordStatus.CON_INCONSISTENCIA) {
            return;
        }
        record.markInconsistent(type, note, reviewer, clock.instant());
        counted.release(record.getActorId(), record.getClaveElector(), recordId);
        records.save(record);
    }

    private CitizenRecord find(UUID recordId) {
        return records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
    }
}
