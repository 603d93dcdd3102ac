package mx.captacion.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.reports.internal.AsOfCutoff;

/**
 * Seed tables 4 and 5 as of a cut-off, from the auxiliares' status history: each auxiliar counts in
 * the status whose interval contains the cut-off, so one registered later is not there and one
 * given a baja later still counts as active.
 */
@Service
public class AuxiliarReports {

    /**
     * Grouped by registration instant rather than day: the day is central Mexico's, a conversion
     * H2 and PostgreSQL spell differently, so the few rows left are bucketed here.
     */
    private static final String BY_REGISTRATION = """
            select a.registered_at, h.status, count(*)
              from captacion.auxiliar_status_history h
              join captacion.auxiliar a on a.id = h.auxiliar_id
             where h.actor_id = ? and %s
             group by a.registered_at, h.status""".formatted(AsOfCutoff.inForce("h"));

    private static final String BAJAS_BY_CAUSE = """
            select baja_cause, count(*)
              from captacion.auxiliar_status_history
             where actor_id = ? and %s and status = 'BAJA'
             group by baja_cause""".formatted(AsOfCutoff.IN_FORCE);

    private final JdbcTemplate jdbc;
    private final PoliticalActors actors;

    AuxiliarReports(JdbcTemplate jdbc, PoliticalActors actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    public Optional<AuxiliarReport> of(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> compute(actor, cutoff));
    }

    private AuxiliarReport compute(PoliticalActor actor, Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        Map<LocalDate, Map<AuxiliarStatus, Long>> byDay = new TreeMap<>();
        jdbc.query(BY_REGISTRATION, rs -> {
            LocalDate day = rs.getTimestamp(1).toInstant().atZone(CaptureProcess.ZONE).toLocalDate();
            byDay.computeIfAbsent(day, d -> new EnumMap<>(AuxiliarStatus.class))
                    .merge(AuxiliarStatus.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
        }, AsOfCutoff.params(actor.getId(), at));
        List<AuxiliarReport.Day> days = new ArrayList<>();
        Map<AuxiliarStatus, Long> totals = new EnumMap<>(AuxiliarStatus.class);
        byDay.forEach((day, counts) -> {
            days.add(row(day, counts));
            counts.forEach((status, count) -> totals.merge(status, count, Long::sum));
        });

        Map<BajaCause, Long> byCause = new EnumMap<>(BajaCause.class);
        jdbc.query(BAJAS_BY_CAUSE, rs -> {
            if (rs.getString(1) != null) {
                byCause.put(BajaCause.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }, AsOfCutoff.params(actor.getId(), at));
        List<AuxiliarReport.Cause> causes = new ArrayList<>();
        for (BajaCause cause : BajaCause.values()) {
            causes.add(new AuxiliarReport.Cause(cause.name(), cause.label(), byCause.getOrDefault(cause, 0L)));
        }
        return new AuxiliarReport(actor.getFolio().value(), actor.getName(), cutoff, days, row(null, totals),
                causes, byCause.values().stream().mapToLong(Long::longValue).sum());
    }

    private static AuxiliarReport.Day row(LocalDate day, Map<AuxiliarStatus, Long> counts) {
        long sinRegistro = counts.getOrDefault(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, 0L);
        long registrados = counts.getOrDefault(AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP, 0L);
        long bajas = counts.getOrDefault(AuxiliarStatus.BAJA, 0L);
        return new AuxiliarReport.Day(day, sinRegistro, registrados, bajas, sinRegistro + registrados + bajas);
    }
}
