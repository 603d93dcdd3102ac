package mx.captacion.auxiliares.internal;

import java.sql.Timestamp;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.AuxiliarStatusChanged;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.StatusPeriod;

/**
 * Keeps every status an auxiliar held with its interval: the one listener of {@link AuxiliarStatusChanged},
 * synchronous, so the row commits with the status it records.
 */
@Component
public class AuxiliarHistory {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    AuxiliarHistory(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(AuxiliarStatusChanged change) {
        entityManager.flush(); // the auxiliar's row must carry its new status before its history does
        Auxiliar auxiliar = change.auxiliar();
        Timestamp instant = Timestamp.from(change.at());
        jdbc.update("update captacion.auxiliar_status_history set valid_to = ? where auxiliar_id = ? and valid_to is null",
                instant, auxiliar.getId());
        jdbc.update("""
                insert into captacion.auxiliar_status_history (auxiliar_id, actor_id, status, baja_cause, valid_from)
                values (?, ?, ?, ?, ?)""",
                auxiliar.getId(), auxiliar.getActorId(), change.status().name(),
                change.bajaCause() == null ? null : change.bajaCause().name(), instant);
    }

    /** The auxiliar's statuses, oldest first. */
    public List<StatusPeriod> of(Auxiliar auxiliar) {
        return jdbc.query("""
                select status, baja_cause, valid_from, valid_to from captacion.auxiliar_status_history
                 where auxiliar_id = ? order by valid_from, id""",
                (rs, row) -> new StatusPeriod(AuxiliarStatus.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : BajaCause.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                auxiliar.getId());
    }
}
