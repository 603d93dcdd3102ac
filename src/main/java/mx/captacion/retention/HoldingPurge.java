package mx.captacion.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorRejection;
import mx.captacion.retention.internal.RetentionRejection;

/**
 * INE's say over a process's purge: a hold while it is under legal dispute (who, when, why; the
 * purge skips it until released), and a retention period of its own.
 */
@Service
public class HoldingPurge {

    public static final int MAX_REASON = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(HoldingPurge.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    HoldingPurge(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void place(String processCode, String user, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10) {
            throw RetentionRejection.MOTIVO_REQUERIDO.problem();
        }
        if (why.length() > MAX_REASON) {
            throw RetentionRejection.MOTIVO_DEMASIADO_LARGO.problem(MAX_REASON);
        }
        long process = locked(processCode);
        if (activeHolds(process) > 0) {
            throw RetentionRejection.SUSPENSION_VIGENTE.problem(processCode);
        }
        jdbc.update("""
                insert into captacion.retention_hold (process_id, placed_by, placed_at, reason) values (?, ?, ?, ?)""",
                process, user, Timestamp.from(clock.instant()), why);
        LOG.info("Depuración del proceso {} suspendida por {}: {}", processCode, user, why);
    }

    @Transactional
    public void release(String processCode, String user) {
        long process = locked(processCode);
        int released = jdbc.update("""
                update captacion.retention_hold set released_by = ?, released_at = ?
                 where process_id = ? and released_at is null""", user, Timestamp.from(clock.instant()), process);
        if (released == 0) {
            throw RetentionRejection.SIN_SUSPENSION.problem(processCode);
        }
        LOG.info("Suspensión de la depuración del proceso {} levantada por {}", processCode, user);
    }

    /** The process's own retention period (ISO-8601, e.g. P2Y), or back to the configured one with null or blank. */
    @Transactional
    public void setPeriod(String processCode, String period, String user) {
        String own = period == null || period.isBlank() ? null : period.strip().toUpperCase();
        if (own != null) {
            try {
                Period parsed = Period.parse(own);
                if (parsed.isNegative() || parsed.isZero() || own.length() > 20) {
                    throw new DateTimeParseException("no positivo", own, 0);
                }
            } catch (DateTimeParseException e) {
                throw RetentionRejection.PLAZO_INVALIDO.problem();
            }
        }
        long process = locked(processCode);
        jdbc.update("update captacion.capture_process set retention_period = ? where id = ?", own, process);
        LOG.info("Plazo de conservación del proceso {} fijado en {} por {}", processCode,
                own == null ? "el general" : own, user);
    }

    private long locked(String processCode) {
        List<Long> ids = jdbc.queryForList("select id from captacion.capture_process where code = ? for update",
                Long.class, processCode);
        if (ids.isEmpty()) {
            throw ActorRejection.PROCESO_DESCONOCIDO.problem(processCode);
        }
        return ids.get(0);
    }

    private long activeHolds(long process) {
        return jdbc.queryForObject("""
                select count(*) from captacion.retention_hold where process_id = ? and released_at is null""",
                Long.class, process);
    }
}
