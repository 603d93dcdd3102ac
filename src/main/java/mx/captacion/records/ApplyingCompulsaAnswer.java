package mx.captacion.records;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.internal.CitizenRecord;
import mx.captacion.records.internal.CitizenRecords;
import mx.captacion.records.internal.CountedCitizens;
import mx.captacion.records.internal.DoubleAffiliation;
import mx.captacion.records.internal.StatusHistory;
import mx.captacion.roll.RegistralStatus;

/**
 * The compulsa's answer for one record, applied to the record and handed to its waiting process
 * as the {@code CompulsaResult} message, in one transaction. An answer is applied once: the same
 * answer again changes nothing, and one that contradicts the applied answer is reported.
 *
 * <p>Double affiliation ({@link DoubleAffiliation}): when the roll vouches for a citizen whose record
 * for another actor is already valid, the more recent capture counts and the other record becomes
 * {@code NO_VALIDO} with {@link RegistralStatus#AFILIADO_A_OTRO_ACTOR}.
 */
@Service
public class ApplyingCompulsaAnswer {

    private static final Logger log = LoggerFactory.getLogger(ApplyingCompulsaAnswer.class);

    /** What became of an answer. Only {@code APLICADA} changed anything. */
    public enum Outcome {
        APLICADA,
        /** The same answer was applied before (a re-sent or duplicated answer). */
        REPETIDA,
        /** The record was answered before, differently. */
        CONTRADICTORIA,
        /** No record has that id. */
        REGISTRO_DESCONOCIDO,
        /** The record exists but was never sent to the compulsa. */
        NO_ESPERADA
    }

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final StatusHistory history;
    private final DoubleAffiliation affiliation;
    private final RuntimeService runtime;
    private final Clock clock;

    ApplyingCompulsaAnswer(CitizenRecords records, CountedCitizens counted, StatusHistory history,
                           DoubleAffiliation affiliation, RuntimeService runtime, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.history = history;
        this.affiliation = affiliation;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public Outcome apply(RecordId id, RegistralStatus answer) {
        UUID recordId = id.value();
        Optional<CitizenRecord> found = records.lockCitizenInProcess(recordId).isEmpty() ? Optional.empty()
                : records.findById(recordId);
        if (found.isEmpty()) {
            return Outcome.REGISTRO_DESCONOCIDO;
        }
        CitizenRecord record = found.get();
        if (record.getStatus() != RecordStatus.PARA_COMPULSA) {
            // the roll's first answer, from the history: a restitution may have changed the record's since
            return history.rollAnswer(recordId).map(applied -> applied == answer ? Outcome.REPETIDA : Outcome.CONTRADICTORIA)
                    .orElse(Outcome.NO_ESPERADA);
        }
        Instant now = clock.instant();
        RegistralStatus result = answer.counts() && affiliation.outweighedElsewhere(record, now)
                ? RegistralStatus.AFILIADO_A_OTRO_ACTOR : answer;
        record.compulsaAnswered(result, now);
        if (!result.counts()) {
            counted.release(record.getActorId(), record.getClaveElector(), recordId);
        }
        records.save(record);
        int waiting = runtime.createMessageCorrelation(CitizenRecordProcess.MSG_COMPULSA_RESULT)
                .processInstanceBusinessKey(recordId.toString())
                .setVariables(Map.of(CitizenRecordProcess.VAR_REGISTRAL_STATUS, result.name()))
                .correlateAllWithResult().size();
        if (waiting == 0) {
            log.warn("El registro {} recibió su compulsa ({}) sin proceso que la esperara", recordId, result);
        }
        return Outcome.APLICADA;
    }
}
