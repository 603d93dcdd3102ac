package mx.captacion.retention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What INE reads: each process's retention (from when, until when, hold, what is left) and the purge log. */
@Service
public class ReadingRetention {

    private final JdbcTemplate jdbc;
    private final Period defaultPeriod;

    ReadingRetention(JdbcTemplate jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.defaultPeriod = settings.period();
    }

    /** An active hold: who placed it, when, why, and how often a due purge was skipped for it. */
    public record Hold(String placedBy, Instant placedAt, String reason, int skippedTimes, Instant lastSkippedAt) {
    }

    /**
     * @param period            the process's own retention period, else the configured one
     * @param lastHearingDecision the last decision of its garantía de audiencia, if any
     * @param dueAt             from when its personal data are purged
     * @param keepsPersonalData whether a record or auxiliar of it still holds personal data, or a purge of
     *                          it has not finished (its images may still be in the blob store)
     */
    public record ProcessRetention(long id, String code, String name, LocalDate periodEnd, Period period,
                                   boolean ownPeriod, Instant lastHearingDecision, Instant dueAt, boolean due,
                                   boolean keepsPersonalData, Hold hold) {
    }

    /** One purge run of one process, as the log keeps it. */
    public record Purge(String processCode, Instant startedAt, Instant finishedAt, String startedBy, long records,
                        long auxiliares, long blobs, long variables, long accessLogEntries) {
    }

    public List<ProcessRetention> processes(Instant now) {
        return jdbc.query("""
                select p.id, p.code, p.name, p.period_end, p.retention_period,
                       (select max(c.decided_at) from captacion.hearing_contest c
                          join captacion.hearing h on h.id = c.hearing_id where h.process_id = p.id) as last_decision,
                       (exists (select 1 from captacion.citizen_record r where r.process_id = p.id and r.purged_at is null)
                        or exists (select 1 from captacion.auxiliar a join captacion.political_actor x on x.id = a.actor_id
                                    where x.process_id = p.id and a.purged_at is null)
                        or exists (select 1 from captacion.retention_purge g
                                    where g.process_id = p.id and g.finished_at is null)) as keeps,
                       h.placed_by, h.placed_at, h.reason, h.skipped_times, h.last_skipped_at
                  from captacion.capture_process p
                  left join captacion.retention_hold h on h.process_id = p.id and h.released_at is null
                 order by p.period_end desc, p.code""", (rs, n) -> process(rs, now));
    }

    private ProcessRetention process(ResultSet rs, Instant now) throws SQLException {
        String own = rs.getString("retention_period");
        Period period = own == null ? defaultPeriod : Period.parse(own);
        LocalDate periodEnd = rs.getObject("period_end", LocalDate.class);
        Instant lastDecision = instant(rs.getTimestamp("last_decision"));
        Instant dueAt = new RetentionRule(period).dueAt(periodEnd, lastDecision);
        Hold hold = rs.getString("placed_by") == null ? null : new Hold(rs.getString("placed_by"),
                instant(rs.getTimestamp("placed_at")), rs.getString("reason"), rs.getInt("skipped_times"),
                instant(rs.getTimestamp("last_skipped_at")));
        return new ProcessRetention(rs.getLong("id"), rs.getString("code"), rs.getString("name"), periodEnd, period,
                own != null, lastDecision, dueAt, !now.isBefore(dueAt), rs.getBoolean("keeps"), hold);
    }

    /** The latest purge runs, newest first. */
    public List<Purge> purges(int limit) {
        return jdbc.query("""
                select p.code, g.started_at, g.finished_at, g.started_by, g.records, g.auxiliares, g.blobs, g.variables,
                       g.access_log_entries
                  from captacion.retention_purge g join captacion.capture_process p on p.id = g.process_id
                 order by g.started_at desc, g.id desc limit ?""",
                (rs, n) -> new Purge(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
