package mx.captacion.records.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which record a citizen counts with, per actor. The primary key settles a race between two jobs
 * screening the same citizen: the loser's insert waits for the winner's commit, breaks the key,
 * and is undone to a savepoint, so the loser's job goes on and finds the winner's claim instead of
 * failing and waiting for a retry.
 */
@Component
public class CountedCitizens {

    /** SQL state of a broken unique key, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;

    CountedCitizens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> holder(Long actorId, String claveElector) {
        return jdbc.query("select record_id from captacion.counted_citizen where actor_id = ? and clave_elector = ?",
                (rs, row) -> rs.getObject(1, UUID.class), actorId, claveElector).stream().findFirst();
    }

    /** Claims the citizen for the record unless another record got there first; answers the holder. */
    public UUID claim(Long actorId, String claveElector, UUID recordId) {
        boolean claimed = jdbc.execute((Connection connection) -> {
            // the JPA transaction's own connection: a savepoint keeps it usable after the broken key
            Savepoint beforeClaim = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into captacion.counted_citizen (actor_id, clave_elector, record_id) values (?, ?, ?)")) {
                insert.setLong(1, actorId);
                insert.setString(2, claveElector);
                insert.setObject(3, recordId);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeClaim);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeClaim);
                return false;
            }
        });
        return claimed ? recordId : holder(actorId, claveElector).orElseThrow(() -> new IllegalStateException(
                "La clave " + claveElector + " rompió la llave de counted_citizen pero nadie la tiene"));
    }

    /** A record judged inconsistent no longer counts, so the citizen may be captured again. */
    public void release(Long actorId, String claveElector, UUID recordId) {
        jdbc.update("delete from captacion.counted_citizen where actor_id = ? and clave_elector = ? and record_id = ?",
                actorId, claveElector, recordId);
    }
}
