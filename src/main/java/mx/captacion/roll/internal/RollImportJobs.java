package mx.captacion.roll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The import jobs (table roll_import) and their per-line error reports (roll_import_error). */
@Component
public class RollImportJobs {

    private static final RowMapper<RollImportJob> JOB = (rs, n) -> new RollImportJob(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("stored_path"), rs.getLong("file_bytes"),
            RollImportStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("rows_imported"),
            rs.getLong("rows_rejected"), rs.getLong("committed_line"), rs.getLong("committed_byte"),
            rs.getString("started_by"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
            rs.getString("error"));

    /** A refused line of the report. */
    public record LineError(long lineNumber, String code, String message) {
    }

    private final JdbcTemplate jdbc;

    /** Public for the benchmark, which runs without Spring. */
    public RollImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String fileName, String storedPath, long fileBytes, String user, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("""
                    insert into captacion.roll_import (file_name, stored_path, file_bytes, status, started_by, started_at)
                    values (?, ?, ?, 'EN_CURSO', ?, ?)""", new String[] {"id"});
            s.setString(1, fileName);
            s.setString(2, storedPath);
            s.setLong(3, fileBytes);
            s.setString(4, user);
            s.setTimestamp(5, Timestamp.from(now));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<RollImportJob> find(long id) {
        return jdbc.query("select * from captacion.roll_import where id = ?", JOB, id).stream().findFirst();
    }

    public List<RollImportJob> recent(int limit) {
        return jdbc.query("select * from captacion.roll_import order by id desc fetch first " + limit + " rows only", JOB);
    }

    List<Long> withStatus(RollImportStatus... statuses) {
        return jdbc.queryForList("select id from captacion.roll_import where status in ("
                + String.join(",", Collections.nCopies(statuses.length, "?")) + ") order by id", Long.class,
                (Object[]) Arrays.stream(statuses).map(Enum::name).toArray(String[]::new));
    }

    /** Moves a job from one status to another; false when it was not in the first (someone else moved it). */
    boolean transition(long id, RollImportStatus from, RollImportStatus to) {
        return jdbc.update("update captacion.roll_import set status = ? where id = ? and status = ?",
                to.name(), id, from.name()) == 1;
    }

    /** Adds one batch's counts and moves the resume point; in the batch's transaction. */
    void committed(long id, long read, long imported, long rejected, long line, long offset, List<LineError> errors) {
        jdbc.batchUpdate("insert into captacion.roll_import_error (import_id, line_number, code, message) values (?, ?, ?, ?)",
                errors, 1000, (s, e) -> {
                    s.setLong(1, id);
                    s.setLong(2, e.lineNumber());
                    s.setString(3, e.code());
                    s.setString(4, e.message());
                });
        jdbc.update("""
                update captacion.roll_import set rows_read = rows_read + ?, rows_imported = rows_imported + ?,
                    rows_rejected = rows_rejected + ?, committed_line = ?, committed_byte = ?
                where id = ?""", read, imported, rejected, line, offset, id);
    }

    void finish(long id, RollImportStatus status, String error, Instant now) {
        jdbc.update("update captacion.roll_import set status = ?, error = ?, finished_at = ? where id = ?",
                status.name(), error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
                status == RollImportStatus.INTERRUMPIDA ? null : Timestamp.from(now), id);
    }

    public List<LineError> errors(long id, int limit) {
        return jdbc.query("""
                select line_number, code, message from captacion.roll_import_error where import_id = ?
                order by line_number fetch first %d rows only""".formatted(limit),
                (rs, n) -> new LineError(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
    }

    /** The error report as CSV (linea,codigo,mensaje), streamed row by row (PostgreSQL's cursor needs a transaction). */
    @Transactional(readOnly = true)
    public void writeErrorsCsv(long id, Writer out) {
        try {
            out.write("linea,codigo,mensaje\r\n");
            jdbc.query(con -> {
                var s = con.prepareStatement("""
                        select line_number, code, message from captacion.roll_import_error where import_id = ?
                        order by line_number""");
                s.setFetchSize(1000);
                s.setLong(1, id);
                return s;
            }, rs -> {
                try {
                    out.write(rs.getLong(1) + "," + rs.getString(2) + ",\"" + rs.getString(3).replace("\"", "\"\"")
                            + "\"\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
