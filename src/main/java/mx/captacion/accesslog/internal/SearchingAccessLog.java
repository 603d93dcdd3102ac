package mx.captacion.accesslog.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.platform.Cutoffs;

/** INE staff's search of the bitácora: by user, record, clave de elector and period, newest first. */
@Service
public class SearchingAccessLog {

    static final int PAGE_SIZE = 50;
    /** A download holds at most this many entries (the newest); narrow the filters for more. */
    static final int MAX_DOWNLOAD = 100_000;

    /** The filters as typed (blank = any); the period is whole days in central Mexico time, both ends included. */
    public record Query(String usuario, String registro, String clave, String desde, String hasta) {
    }

    public record Entry(long id, Instant viewedAt, String userId, String roles, String kind, String kindLabel,
                        String path, UUID recordId, String claveElector, String subject, String clientAddress) {
    }

    public record Page(List<Entry> entries, int page, int totalPages, long total) {
    }

    private record Where(String sql, List<Object> args) {
    }

    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;

    SearchingAccessLog(JdbcTemplate jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /**
     * A page of the entries matching the query. The search itself is an entry too (written after
     * the query, so it is not in its own answer): the log shows the claves and records people saw,
     * so who looked into it is logged like any other view.
     */
    public Page search(Query query, int page) {
        Where where = where(query);
        long total = jdbc.queryForObject("select count(*) from captacion.access_log" + where.sql(), Long.class,
                where.args().toArray());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<Entry> entries = jdbc.query(select(where) + " limit " + PAGE_SIZE + " offset " + (long) shown * PAGE_SIZE,
                SearchingAccessLog::entry, where.args().toArray());
        accessLog.viewed(Viewed.ACCESS_LOG_SEARCH, describe(query));
        return new Page(entries, shown, pages, total);
    }

    /** The entries matching the query as CSV (UTF-8, a header line), the newest first. */
    public void writeCsv(Query query, java.io.OutputStream out) {
        Where where = where(query);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
                    .setHeader("fecha_hora", "usuario", "roles", "tipo", "ruta", "registro", "clave_elector", "referencia",
                            "direccion_ip").get());
            jdbc.query(select(where) + " limit " + MAX_DOWNLOAD, rs -> {
                Entry e = entry(rs, 0);
                try {
                    csv.printRecord(e.viewedAt(), e.userId(), e.roles(), e.kind(), e.path(), e.recordId(),
                            e.claveElector(), e.subject(), e.clientAddress());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }, where.args().toArray());
            csv.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        accessLog.viewed(Viewed.ACCESS_LOG_SEARCH, describe(query) + " (CSV)");
    }

    /** The filters given, as the entry's subject: "clave=…; desde=…", or "sin filtros". */
    private static String describe(Query query) {
        List<String> filters = new ArrayList<>();
        java.util.function.BiConsumer<String, String> add = (name, value) -> {
            if (!blank(value)) {
                filters.add(name + "=" + value.strip());
            }
        };
        add.accept("usuario", query.usuario());
        add.accept("registro", query.registro());
        add.accept("clave", query.clave());
        add.accept("desde", query.desde());
        add.accept("hasta", query.hasta());
        return filters.isEmpty() ? "sin filtros" : String.join("; ", filters);
    }

    private static String select(Where where) {
        return "select id, viewed_at, user_id, roles, kind, path, record_id, clave_elector, subject, client_address"
                + " from captacion.access_log" + where.sql() + " order by viewed_at desc, id desc";
    }

    private static Where where(Query query) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!blank(query.usuario())) {
            conditions.add("user_id = ?");
            args.add(query.usuario().strip());
        }
        if (!blank(query.registro())) {
            conditions.add("record_id = ?");
            args.add(recordId(query.registro()));
        }
        if (!blank(query.clave())) {
            conditions.add("clave_elector = ?");
            args.add(query.clave().strip().toUpperCase());
        }
        if (!blank(query.desde())) {
            conditions.add("viewed_at >= ?");
            args.add(java.sql.Timestamp.from(startOf(day(query.desde()))));
        }
        if (!blank(query.hasta())) {
            conditions.add("viewed_at < ?");
            args.add(java.sql.Timestamp.from(startOf(day(query.hasta()).plusDays(1))));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
    }

    private static UUID recordId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException bad) {
            throw AccessLogRejection.REGISTRO_INVALIDO.problem();
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            throw AccessLogRejection.FECHA_INVALIDA.problem();
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Cutoffs.ZONE).toInstant();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Viewed kind = Viewed.valueOf(rs.getString("kind"));
        return new Entry(rs.getLong("id"), rs.getTimestamp("viewed_at").toInstant(), rs.getString("user_id"),
                rs.getString("roles"), kind.name(), kind.label(), rs.getString("path"),
                rs.getObject("record_id", UUID.class), rs.getString("clave_elector"), rs.getString("subject"),
                rs.getString("client_address"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
