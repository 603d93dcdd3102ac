package mx.captacion.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.roll.RegistralStatus;

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

    /**
     * What the roll first answered for the record, kept by its history: a garantía de audiencia may
     * have restored the record since, and its own registral status with it. A record that lost to a
     * later affiliation at once had been found in the lista nominal: only that answer leads there.
     */
    Optional<RegistralStatus> rollAnswer(UUID recordId) {
        return jdbc.query("""
                        select registral_status from captacion.record_status_history
                        where record_id = ? and registral_status is not null
                        order by valid_from, id fetch first 1 rows only""",
                        (rs, row) -> RegistralStatus.valueOf(rs.getString(1)), recordId).stream().findFirst()
                .map(first -> first == RegistralStatus.AFILIADO_A_OTRO_ACTOR ? RegistralStatus.EN_LISTA_NOMINAL : first);
    }
}
