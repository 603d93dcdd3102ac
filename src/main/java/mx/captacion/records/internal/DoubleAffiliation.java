package mx.captacion.records.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import mx.captacion.roll.RegistralStatus;

/**
 * Double affiliation: a citizen counts for one actor of a process only, and the most recent capture
 * is the affiliation that stands (for party affiliation the latest manifestation of will; equal
 * captures: the later received). Settled whenever a record is about to count — the compulsa's answer,
 * a garantía de audiencia's restitution — with the citizen's records locked
 * ({@link CitizenRecords#lockCitizenInProcess}), so two settlements for one citizen never both win.
 */
@Component
public class DoubleAffiliation {

    private static final Logger log = LoggerFactory.getLogger(DoubleAffiliation.class);

    private final CitizenRecords records;
    private final CountedCitizens counted;

    DoubleAffiliation(CitizenRecords records, CountedCitizens counted) {
        this.records = records;
        this.counted = counted;
    }

    /**
     * Settles a record that would count against the citizen's valid records for other actors: those
     * captured earlier stop counting ({@code NO_VALIDO}, {@link RegistralStatus#AFILIADO_A_OTRO_ACTOR},
     * with the change in their history); answers whether one captured later counts instead of this record.
     */
    public boolean outweighedElsewhere(CitizenRecord record, Instant at) {
        boolean outweighed = false;
        for (CitizenRecord other : records.validOfOtherActors(record.getProcessId(), record.getClaveElector(),
                record.getActorId())) {
            if (other.isLaterCaptureThan(record)) {
                outweighed = true;
            } else {
                other.supersededByLaterAffiliation(at);
                counted.release(other.getActorId(), other.getClaveElector(), other.getId());
                records.save(other);
                log.info("Doble afiliación: el registro {} cuenta y el {} deja de contar", record.getId(), other.getId());
            }
        }
        return outweighed;
    }
}
