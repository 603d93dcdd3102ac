package mx.captacion.compulsa;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers that changed nothing and need a person: kept, logged, and listed at /compulsa. */
@Component
public class CompulsaProblems {

    private static final Logger log = LoggerFactory.getLogger(CompulsaProblems.class);

    public record Problem(long id, String source, Long lineNumber, String recordRef, String code, String message,
                          Instant receivedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CompulsaProblems(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void report(String source, Long lineNumber, String recordRef, String code, String message) {
        log.warn("Compulsa, {}{}: {} {}", source, lineNumber == null ? "" : " línea " + lineNumber, code, message);
        jdbc.update("""
                insert into captacion.compulsa_problem (source, line_number, record_ref, code, message, received_at)
                values (?, ?, ?, ?, ?, ?)""", cut(source, 300), lineNumber, cut(recordRef, 100), code,
                cut(message, 500), Timestamp.from(clock.instant()));
    }

    public List<Problem> recent(int limit) {
        return jdbc.query("select * from captacion.compulsa_problem order by id desc limit ?",
                (rs, n) -> new Problem(rs.getLong("id"), rs.getString("source"),
                        rs.getObject("line_number") == null ? null : rs.getLong("line_number"),
                        rs.getString("record_ref"), rs.getString("code"), rs.getString("message"),
                        rs.getTimestamp("received_at").toInstant()), limit);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
