package mx.captacion.records;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.internal.CitizenRecord;
import mx.captacion.records.internal.CitizenRecords;
import mx.captacion.records.internal.CountedCitizens;
import mx.captacion.records.internal.DoubleAffiliation;

/**
 * A garantía de audiencia restored a judged record: the restitution reverses the judgement of this
 * record, not the rules that hold between records. {@code NO_VALIDO} becomes {@code VALIDO} (registral
 * status {@code EN_LISTA_NOMINAL}; the roll's answer stays in the status history), {@code CON_INCONSISTENCIA}
 * goes to the compulsa. Either becomes {@code DUPLICADO} when the citizen meanwhile came to count with
 * another record of the actor.
 *
 * <p>Double affiliation is settled again, exactly as at the compulsa ({@link DoubleAffiliation}): a record
 * about to be valid again meets the citizen's valid records for other actors, and the most recent capture
 * counts. Restored and more recent, it counts and the other actor's record becomes {@code NO_VALIDO},
 * {@code AFILIADO_A_OTRO_ACTOR}, with its history row. Restored but older — always so for a record that
 * was {@code AFILIADO_A_OTRO_ACTOR}, since only a later valid capture puts a record there — it stays
 * {@code NO_VALIDO} as {@code AFILIADO_A_OTRO_ACTOR}: the reviewer may reverse what was found of this
 * record, but cannot make one citizen count for two actors, and the other actor's record is not on trial
 * in this hearing. The restitution is recorded all the same (reviewer, instant, a note in the findings, a
 * history row), and the caller gets the status the record ended in, so the hearing's contest says what
 * the restitution achieved. A restored record whose compulsa is still to come meets the rule there.
 *
 * <p>Restoring a record already restored changes nothing (a job may run twice).
 */
@Service
public class RestoringRecord {

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final DoubleAffiliation affiliation;
    private final Clock clock;

    RestoringRecord(CitizenRecords records, CountedCitizens counted,
                    DoubleAffiliation affiliation, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.affiliation = affiliation;
        this.clock = clock;
    }

    /** The record's status after the restitution. */
    @Transactional
    public RecordStatus restore(RecordId id, String reviewer) {
        UUID recordId = id.value();
        // the same lock as the compulsa's answer: a citizen's records change one at a time
        records.lockCitizenInProcess(recordId);
        CitizenRecord record = records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
        if (!record.isJudged()) {
            return record.getStatus();
        }
        Instant now = clock.instant();
        // the judgement had released the citizen; the restored record counts again, unless another does
        UUID holder = counted.claim(record.getActorId(), record.getClaveElector(), recordId);
        boolean holds = recordId.equals(holder);
        boolean outweighed = holds && record.getStatus() == RecordStatus.NO_VALIDO
                && affiliation.outweighedElsewhere(record, now);
        if (outweighed) {
            counted.release(record.getActorId(), record.getClaveElector(), recordId);
        }
        record.restoreAfterHearing(reviewer, now, holds ? null : holder, outweighed);
        records.save(record);
        return record.getStatus();
    }
}
