package mx.captacion.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.roll.RegistralStatus;

/**
 * The records' status history, written by the one listener of {@link RecordStatusChanged}: closes the
 * open interval and opens the next at the change's instant. A plain (synchronous) {@code @EventListener},
 * so the row is written in the transaction that saved the status — both commit or neither does; an
 * after-commit listener could lose the row to a crash between the two.
 */
@Component
public class StatusHistory {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    StatusHistory(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(RecordStatusChanged change) {
        entityManager.flush(); // the record's row must exist (and carry its status) before its history does
        Timestamp instant = Timestamp.from(change.at());
        jdbc.update("update captacion.record_status_history set valid_to = ? where record_id = ? and valid_to is null",
                instant, change.recordId());
        jdbc.update("""
                insert into captacion.record_status_history (record_id, actor_id, status, inconsistency_type,
                    registral_status, entidad, auxiliar_id, valid_from)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                change.recordId(), change.actorId(), change.status().name(),
                change.inconsistencyType() == null ? null : change.inconsistencyType().name(),
                change.registralStatus() == null ? null : change.registralStatus().name(), change.entidad(),
                change.auxiliarKey(), instant);
    }

    /**
     * What the roll first answered for the record, kept by its history: a garantía de audiencia may
     * have restored the record since, and its own registral status with it. A record that lost to a
     * later affiliation at once had been found in the lista nominal: only that answer leads there.
     */
    public Optional<RegistralStatus> rollAnswer(UUID recordId) {
        return jdbc.query("""
                        select registral_status from captacion.record_status_history
                        where record_id = ? and registral_status is not null
                        order by valid_from, id fetch first 1 rows only""",
                        (rs, row) -> RegistralStatus.valueOf(rs.getString(1)), recordId).stream().findFirst()
                .map(first -> first == RegistralStatus.AFILIADO_A_OTRO_ACTOR ? RegistralStatus.EN_LISTA_NOMINAL : first);
    }
}
