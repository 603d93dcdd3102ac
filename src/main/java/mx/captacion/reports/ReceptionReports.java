package mx.captacion.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.identity.Entidad;

/**
 * Reception reports as of a cut-off: a record counts from the instant it reached the INE
 * ({@code received_at}), so one received after the cut-off does not count, whatever its status
 * is now. Months and days are central Mexico's; their bounds are computed here as instants and
 * each month is one range count on {@code (process_id, received_at, …)} (an index-only scan,
 * V14), because truncating a timestamp to a local month is spelled differently on H2 and
 * PostgreSQL and would defeat the index. The days already counted by {@link ReceptionRollup} are
 * summed from its daily rows instead: same answer, a few rows instead of millions.
 */
@Service
public class ReceptionReports {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    /**
     * What a month's count is broken down by, and its two queries: over the records themselves (the
     * third bound is the cut-off, which closes the last month early) and over the daily rollup of
     * finished days ({@link ReceptionRollup}). Both answer (key, count) rows.
     */
    enum Grouping {
        TOTAL("0", ""),
        ENTIDAD("entidad", " group by entidad"),
        ACTOR("actor_id", " group by actor_id");

        final String records;
        final String rollup;

        Grouping(String key, String groupBy) {
            this.records = "select " + key + ", count(*) from captacion.citizen_record"
                    + " where process_id = ? and received_at >= ? and received_at < ? and received_at <= ?" + groupBy;
            this.rollup = "select " + key + ", sum(records) from captacion.reception_day"
                    + " where process_id = ? and day_start >= ? and day_start < ?" + groupBy;
        }
    }

    /** Records outside the period still count, so the months stretch to the first and last received. */
    static final String RECEIVED_RANGE = """
            select min(received_at), max(received_at) from captacion.citizen_record
             where process_id = ? and received_at <= ?""";

    /** An actor has thousands of records, not millions: its instants are bucketed into days here. */
    static final String ACTOR_RECEIVED = """
            select received_at from captacion.citizen_record where actor_id = ? and received_at <= ?""";

    private final JdbcTemplate jdbc;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final ReceptionRollup rollup;

    ReceptionReports(JdbcTemplate jdbc, CaptureProcesses processes, PoliticalActors actors, ReceptionRollup rollup) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.actors = actors;
        this.rollup = rollup;
    }

    /** Seed table 2; empty when the process does not exist. */
    public Optional<RecordsPerMonth> perMonth(String processCode, Instant cutoff) {
        return processes.findByCode(processCode).map(process -> {
            Instant rolledUp = rolledUpBefore(process, cutoff);
            List<RecordsPerMonth.Month> months = new ArrayList<>();
            long total = 0;
            for (YearMonth month : months(process, cutoff)) {
                long[] n = {0};
                count(process, month, cutoff, rolledUp, Grouping.TOTAL, (key, count) -> n[0] += count);
                months.add(new RecordsPerMonth.Month(months.size() + 1, month, label(month), n[0]));
                total += n[0];
            }
            return new RecordsPerMonth(process.getCode(), process.getName(), cutoff, months, total);
        });
    }

    /** Table 2 per state of the credential: only states with records appear. */
    public Optional<RecordsPerMonthBy> perMonthByState(String processCode, Instant cutoff) {
        return processes.findByCode(processCode).map(process -> pivot(process, cutoff,
                RecordsPerMonthBy.Breakdown.ENTIDAD, Grouping.ENTIDAD, new TreeMap<>(),
                key -> {
                    int number = ((Number) key).intValue();
                    return new String[] {"%02d".formatted(number),
                            Entidad.byNumber(number).map(Entidad::displayName).orElse("Entidad " + number)};
                }));
    }

    /** Table 2 per actor: every actor registered by the cut-off, in order of registration, even with none. */
    public Optional<RecordsPerMonthBy> perMonthByActor(String processCode, Instant cutoff) {
        return processes.findByCode(processCode).map(process -> {
            Map<Object, long[]> rows = new LinkedHashMap<>();
            Map<Long, PoliticalActor> byId = new HashMap<>();
            for (PoliticalActor actor : actors.findByProcessCode(processCode)) {
                byId.put(actor.getId(), actor);
            }
            int monthCount = months(process, cutoff).size();
            byId.values().stream()
                    .filter(actor -> !actor.getRegisteredAt().isAfter(cutoff))
                    .sorted(java.util.Comparator.comparing(PoliticalActor::getRegisteredAt)
                            .thenComparing(actor -> actor.getFolio().value()))
                    .forEach(actor -> rows.put(actor.getId(), new long[monthCount]));
            return pivot(process, cutoff, RecordsPerMonthBy.Breakdown.ACTOR, Grouping.ACTOR, rows, key -> {
                PoliticalActor actor = byId.get(((Number) key).longValue());
                return actor == null ? new String[] {String.valueOf(key), ""}
                        : new String[] {actor.getFolio().value(), actor.getName()};
            });
        });
    }

    /** Seed table 8; empty when the actor does not exist. */
    public Optional<RecordsPerDay> perDay(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> {
            Map<LocalDate, Long> perDay = new TreeMap<>();
            jdbc.query(ACTOR_RECEIVED, rs -> {
                perDay.merge(rs.getTimestamp(1).toInstant().atZone(CaptureProcess.ZONE).toLocalDate(), 1L, Long::sum);
            }, actor.getId(), Timestamp.from(cutoff));
            List<RecordsPerDay.Day> days = new ArrayList<>();
            long total = 0;
            for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
                days.add(new RecordsPerDay.Day(days.size() + 1, day.getKey(), day.getValue()));
                total += day.getValue();
            }
            return new RecordsPerDay(actor.getFolio().value(), actor.getName(), cutoff, days, total);
        });
    }

    /** "Enero 2023", as the seed captions its months. */
    public static String label(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SPANISH);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    private RecordsPerMonthBy pivot(CaptureProcess process, Instant cutoff, RecordsPerMonthBy.Breakdown breakdown,
                                    Grouping grouping, Map<Object, long[]> rows, Function<Object, String[]> describe) {
        Instant rolledUp = rolledUpBefore(process, cutoff);
        List<YearMonth> months = months(process, cutoff);
        for (int i = 0; i < months.size(); i++) {
            int slot = i;
            count(process, months.get(i), cutoff, rolledUp, grouping,
                    (key, count) -> rows.computeIfAbsent(key, k -> new long[months.size()])[slot] += count);
        }
        List<RecordsPerMonthBy.Row> result = new ArrayList<>();
        long[] totals = new long[months.size()];
        long total = 0;
        for (Map.Entry<Object, long[]> row : rows.entrySet()) {
            String[] names = describe.apply(row.getKey());
            List<Long> counts = new ArrayList<>();
            long rowTotal = 0;
            for (int i = 0; i < months.size(); i++) {
                counts.add(row.getValue()[i]);
                totals[i] += row.getValue()[i];
                rowTotal += row.getValue()[i];
            }
            result.add(new RecordsPerMonthBy.Row(names[0], names[1], counts, rowTotal));
            total += rowTotal;
        }
        List<Long> monthTotals = new ArrayList<>();
        for (long t : totals) {
            monthTotals.add(t);
        }
        return new RecordsPerMonthBy(process.getCode(), process.getName(), cutoff, breakdown,
                months.stream().map(ReceptionReports::label).toList(), result, monthTotals, total);
    }

    /**
     * The months of the process's period up to the cut-off, stretched to any record received
     * outside it; none when the cut-off precedes the period and every record.
     */
    private List<YearMonth> months(CaptureProcess process, Instant cutoff) {
        YearMonth first = YearMonth.from(process.getPeriodStart());
        LocalDate cutoffDay = cutoff.atZone(CaptureProcess.ZONE).toLocalDate();
        LocalDate lastDay = cutoffDay.isBefore(process.getPeriodEnd()) ? cutoffDay : process.getPeriodEnd();
        YearMonth last = YearMonth.from(lastDay);
        if (cutoffDay.isBefore(process.getPeriodStart())) {
            last = first.minusMonths(1);
        }
        Timestamp[] range = jdbc.queryForObject(RECEIVED_RANGE, (rs, n) -> new Timestamp[] {rs.getTimestamp(1),
                rs.getTimestamp(2)}, process.getId(), Timestamp.from(cutoff));
        Timestamp earliest = range[0];
        Timestamp latest = range[1];
        if (earliest != null) {
            YearMonth earliestMonth = YearMonth.from(earliest.toInstant().atZone(CaptureProcess.ZONE));
            YearMonth latestMonth = YearMonth.from(latest.toInstant().atZone(CaptureProcess.ZONE));
            if (last.isBefore(first)) { // cut-off before the period, records nevertheless
                first = earliestMonth;
                last = latestMonth;
            }
            first = earliestMonth.isBefore(first) ? earliestMonth : first;
            last = latestMonth.isAfter(last) ? latestMonth : last;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * Where the rollup stops serving this cut-off: at the end of its counted days, and never past the
     * start of the cut-off's own day (that day's records before the cut-off are counted one by one).
     */
    private Instant rolledUpBefore(CaptureProcess process, Instant cutoff) {
        Instant cutoffDay = ReceptionRollup.startOfDay(cutoff);
        return rollup.completeBefore(process.getId()).map(end -> end.isBefore(cutoffDay) ? end : cutoffDay)
                .orElse(Instant.MIN);
    }

    /** A month's counts: its days before {@code rolledUp} from the rollup, the rest from the records. */
    private void count(CaptureProcess process, YearMonth month, Instant cutoff, Instant rolledUp, Grouping grouping,
                       BiConsumer<Object, Long> sink) {
        Timestamp from = start(month);
        Timestamp to = start(month.plusMonths(1));
        Timestamp split = rolledUp.isBefore(from.toInstant()) ? from
                : rolledUp.isAfter(to.toInstant()) ? to : Timestamp.from(rolledUp);
        RowCallbackHandler add = rs -> sink.accept(
                rs.getObject(1) instanceof Number n ? (Object) n.longValue() : rs.getObject(1), rs.getLong(2));
        if (split.after(from)) {
            jdbc.query(grouping.rollup, add, process.getId(), from, split);
        }
        if (split.before(to)) {
            jdbc.query(grouping.records, add, process.getId(), split, to, Timestamp.from(cutoff));
        }
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(CaptureProcess.ZONE).toInstant());
    }
}
