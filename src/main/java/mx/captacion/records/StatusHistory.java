package mx.captacion.records;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends a record's new status to its history: closes the open interval and opens the next, in
 * the caller's transaction, so status and history never disagree.
 */
@Component
class StatusHistory {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    StatusHistory(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    void append(CitizenRecord record, Instant at) {
        entityManager.flush(); // the record's row must exist (and carry its status) before its history does
        Timestamp instant = Timestamp.from(at);
        jdbc.update("update captacion.record_status_history set valid_to = ? where record_id = ? and valid_to is null",
                instant, record.getId());
        jdbc.update("""
                insert into captacion.record_status_history (record_id, actor_id, status, inconsistency_type,
                    registral_status, entidad, auxiliar_id, valid_from)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                record.getId(), record.getActorId(), record.getStatus().name(),
                record.getInconsistencyType() == null ? null : record.getInconsistencyType().name(),
                record.getRegistralStatus().map(Enum::name).orElse(null), record.getEntidad(), record.getAuxiliarId(),
                instant);
    }
}
