package mx.captacion.records;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which record a citizen counts with, per actor. The primary key settles a race between two jobs
 * screening the same citizen: the loser's transaction fails, its job is retried, and the retry
 * finds the winner's claim.
 */
@Component
class CountedCitizens {

    private final JdbcTemplate jdbc;

    CountedCitizens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> holder(Long actorId, String claveElector) {
        return jdbc.query("select record_id from captacion.counted_citizen where actor_id = ? and clave_elector = ?",
                (rs, row) -> rs.getObject(1, UUID.class), actorId, claveElector).stream().findFirst();
    }

    void claim(Long actorId, String claveElector, UUID recordId) {
        jdbc.update("insert into captacion.counted_citizen (actor_id, clave_elector, record_id) values (?, ?, ?)",
                actorId, claveElector, recordId);
    }

    /** A record judged inconsistent no longer counts, so the citizen may be captured again. */
    void release(Long actorId, String claveElector, UUID recordId) {
        jdbc.update("delete from captacion.counted_citizen where actor_id = ? and clave_elector = ? and record_id = ?",
                actorId, claveElector, recordId);
    }
}
