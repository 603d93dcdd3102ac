package mx.captacion.compulsa.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;

/** Answers that changed nothing and need a person: kept, logged, and listed at /compulsa. */
@Component
public class CompulsaProblems {

    private static final Logger log = LoggerFactory.getLogger(CompulsaProblems.class);

    /** {@code times} the same problem was reported, the first at {@code receivedAt}, the last at {@code lastReceivedAt}. */
    public record Problem(long id, String source, Long lineNumber, String recordRef, String code, String message,
                          Instant receivedAt, int times, Instant lastReceivedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CompulsaProblems(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An answer that changed nothing, as its {@link CompulsaRejection}'s code and message. */
    void report(String source, Long lineNumber, String recordRef, ApiProblem problem) {
        report(source, lineNumber, recordRef, problem.code(), problem.getMessage());
    }

    /**
     * The same problem again (same source, line, record and code) counts on its row and keeps the
     * latest message: a failing answer checked again every few minutes is one line, not hundreds.
     */
    void report(String source, Long lineNumber, String recordRef, String code, String message) {
        log.warn("Compulsa, {}{}: {} {}", source, lineNumber == null ? "" : " línea " + lineNumber, code, message);
        Timestamp now = Timestamp.from(clock.instant());
        int again = jdbc.update("""
                update captacion.compulsa_problem set times = times + 1, last_received_at = ?, message = ?
                where source = ? and line_number is not distinct from ? and record_ref is not distinct from ? and code = ?""",
                now, cut(message, 500), cut(source, 300), lineNumber, cut(recordRef, 100), code);
        if (again == 0) {
            jdbc.update("""
                    insert into captacion.compulsa_problem
                        (source, line_number, record_ref, code, message, received_at, last_received_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", cut(source, 300), lineNumber, cut(recordRef, 100), code,
                    cut(message, 500), now, now);
        }
    }

    /** The problems last seen most recently first. */
    public List<Problem> recent(int limit) {
        return jdbc.query("select * from captacion.compulsa_problem order by last_received_at desc, id desc limit ?",
                (rs, n) -> new Problem(rs.getLong("id"), rs.getString("source"),
                        rs.getObject("line_number") == null ? null : rs.getLong("line_number"),
                        rs.getString("record_ref"), rs.getString("code"), rs.getString("message"),
                        rs.getTimestamp("received_at").toInstant(), rs.getInt("times"),
                        rs.getTimestamp("last_received_at").toInstant()), limit);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
