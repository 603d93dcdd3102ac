package mx.captacion.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import mx.captacion.records.TakingInRecords;

/**
 * The records acknowledged and not yet taken in ({@code captacion.record_intake}). Reception adds a
 * row in the record's own transaction; the intake claims rows with {@code FOR UPDATE SKIP LOCKED}, so
 * every node's intake takes its own, and deletes them in the transaction that started their processes.
 */
@Component
public class IntakeQueue {

    /** A record that failed alone this many times waits for an operator ({@link #retry}). */
    public static final int MAX_ATTEMPTS = 3;

    private final JdbcClient jdbc;

    IntakeQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID recordId, Instant at) {
        jdbc.sql("insert into captacion.record_intake (record_id, queued_at) values (?, ?)")
                .params(recordId, Timestamp.from(at)).update();
    }

    /** Up to {@code max} records, oldest first, locked until the caller's transaction ends; none another holds. */
    public List<UUID> claim(int max) {
        return jdbc.sql("""
                        select record_id from captacion.record_intake where attempts < ?
                        order by queued_at fetch first ? rows only for update skip locked""")
                .params(MAX_ATTEMPTS, max).query(UUID.class).list();
    }

    /** The record, locked until the caller's transaction ends, if it still waits and nobody else holds it. */
    public boolean claimOne(UUID recordId) {
        return !jdbc.sql("select record_id from captacion.record_intake where record_id = ? for update skip locked")
                .param(recordId).query(UUID.class).list().isEmpty();
    }

    public void remove(Collection<UUID> recordIds) {
        if (!recordIds.isEmpty()) {
            jdbc.sql("delete from captacion.record_intake where record_id in (:ids)").param("ids", recordIds).update();
        }
    }

    /** Counts a failure; the {@link #MAX_ATTEMPTS}th holds the record back. Answers the attempts so far. */
    public int failed(UUID recordId, String error, Instant at) {
        jdbc.sql("""
                        update captacion.record_intake set attempts = attempts + 1, last_error = ?, failed_at = ?
                        where record_id = ?""")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(at), recordId).update();
        return jdbc.sql("select attempts from captacion.record_intake where record_id = ?").param(recordId)
                .query(Integer.class).optional().orElse(0);
    }

    public List<TakingInRecords.Problem> problems() {
        return jdbc.sql("""
                        select record_id, queued_at, attempts, last_error, failed_at from captacion.record_intake
                        where attempts >= ? order by queued_at""")
                .param(MAX_ATTEMPTS)
                .query((rs, row) -> new TakingInRecords.Problem(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Gives a held-back record its attempts again; false when it no longer waits. */
    public boolean retry(UUID recordId) {
        return jdbc.sql("update captacion.record_intake set attempts = 0 where record_id = ?").param(recordId).update() == 1;
    }

    public TakingInRecords.Backlog backlog() {
        return jdbc.sql("""
                        select count(*) filter (where attempts < ?), count(*) filter (where attempts >= ?), min(queued_at)
                        from captacion.record_intake""")
                .params(MAX_ATTEMPTS, MAX_ATTEMPTS)
                .query((rs, row) -> new TakingInRecords.Backlog(rs.getLong(1), rs.getLong(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }
}
