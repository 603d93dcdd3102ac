package mx.captacion.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.identity.Entidad;
import mx.captacion.records.RecordStatus;
import mx.captacion.reports.internal.AsOfCutoff;

/** {@link Threshold} from the status history, by the state of each record's credential. */
@Service
public class ThresholdReport {

    private static final String BY_STATE_AS_OF = """
            select entidad, status, count(*)
              from captacion.record_status_history
             where actor_id = ? and %s
             group by entidad, status""".formatted(AsOfCutoff.IN_FORCE);

    /** Records that may still become valid. */
    private static final Set<String> PENDING = Set.of(RecordStatus.EN_PROCESAMIENTO.name(),
            RecordStatus.EN_MESA_DE_CONTROL.name(), RecordStatus.PARA_COMPULSA.name());

    private final JdbcTemplate jdbc;
    private final PoliticalActors actors;

    ThresholdReport(JdbcTemplate jdbc, PoliticalActors actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    public Optional<Threshold> of(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> compute(actor, cutoff));
    }

    private Threshold compute(PoliticalActor actor, Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        Map<Integer, long[]> byState = new TreeMap<>(); // valid, pending
        jdbc.query(BY_STATE_AS_OF, rs -> {
            String status = rs.getString(2);
            int slot = RecordStatus.VALIDO.name().equals(status) ? 0 : PENDING.contains(status) ? 1 : -1;
            if (slot >= 0) {
                byState.computeIfAbsent(rs.getInt(1), state -> new long[2])[slot] += rs.getLong(3);
            }
        }, AsOfCutoff.params(actor.getId(), at));
        List<Threshold.State> states = new ArrayList<>();
        long valid = 0;
        long pending = 0;
        int statesWithValid = 0;
        for (Map.Entry<Integer, long[]> entry : byState.entrySet()) {
            long[] counts = entry.getValue();
            Optional<Entidad> entidad = Entidad.byNumber(entry.getKey());
            states.add(new Threshold.State("%02d".formatted(entry.getKey()),
                    entidad.map(Entidad::displayName).orElse("Entidad " + entry.getKey()), counts[0], counts[1]));
            valid += counts[0];
            pending += counts[1];
            statesWithValid += counts[0] > 0 ? 1 : 0;
        }
        CaptureProcess process = actor.getProcess();
        return new Threshold(actor.getFolio().value(), actor.getName(), process.getName(), cutoff,
                process.getRequiredRecords(), process.getRequiredStates(), valid, pending, statesWithValid,
                valid >= process.getRequiredRecords(), statesWithValid >= process.getRequiredStates(), states);
    }
}
