package mx.captacion.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.records.InconsistencyType;
import mx.captacion.records.RecordStatus;
import mx.captacion.reports.internal.AsOfCutoff;

/**
 * The progress report as of a cut-off, from the status history: each record counts in the status
 * whose interval contains the cut-off, so a record received later does not count and one that sat
 * at the control desk then counts there even if it is valid now. One indexed range scan.
 */
@Service
public class ProgressReport {

    private static final String AS_OF = """
            select status, inconsistency_type, count(*)
              from captacion.record_status_history
             where actor_id = ? and %s
             group by status, inconsistency_type""".formatted(AsOfCutoff.IN_FORCE);

    private final JdbcTemplate jdbc;
    private final PoliticalActors actors;

    ProgressReport(JdbcTemplate jdbc, PoliticalActors actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    public Optional<Progress> of(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> compute(actor, cutoff));
    }

    private Progress compute(PoliticalActor actor, Instant cutoff) {
        Map<RecordStatus, Long> byStatus = new EnumMap<>(RecordStatus.class);
        Map<InconsistencyType, Long> byType = new EnumMap<>(InconsistencyType.class);
        Timestamp at = Timestamp.from(cutoff);
        jdbc.query(AS_OF, rs -> {
            RecordStatus status = RecordStatus.valueOf(rs.getString(1));
            long count = rs.getLong(3);
            byStatus.merge(status, count, Long::sum);
            String type = rs.getString(2);
            if (status == RecordStatus.CON_INCONSISTENCIA && type != null) {
                byType.merge(InconsistencyType.valueOf(type), count, Long::sum);
            }
        }, AsOfCutoff.params(actor.getId(), at));
        List<Progress.InconsistencyCount> inconsistencies = new ArrayList<>();
        for (InconsistencyType type : InconsistencyType.values()) {
            inconsistencies.add(new Progress.InconsistencyCount(type.name(), type.label(), byType.getOrDefault(type, 0L)));
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(actor.getFolio().value(), actor.getName(), cutoff, total,
                byStatus.getOrDefault(RecordStatus.PARA_COMPULSA, 0L),
                byStatus.getOrDefault(RecordStatus.DUPLICADO, 0L),
                byStatus.getOrDefault(RecordStatus.CON_INCONSISTENCIA, 0L),
                byStatus.getOrDefault(RecordStatus.EN_MESA_DE_CONTROL, 0L),
                byStatus.getOrDefault(RecordStatus.EN_PROCESAMIENTO, 0L),
                byStatus.getOrDefault(RecordStatus.VALIDO, 0L),
                byStatus.getOrDefault(RecordStatus.NO_VALIDO, 0L),
                inconsistencies);
    }
}
