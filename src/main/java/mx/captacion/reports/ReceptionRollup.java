package mx.captacion.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.reports.internal.ReportSettings;

/**
 * Records received per day, actor and state, for the days that are over (table {@code reception_day},
 * V17): counting five million records one by one takes seconds; summing a few thousand daily rows
 * takes milliseconds. A day is counted once it ended {@code captacion.reports.rollup.margin} ago
 * (so no reception transaction still open can add to it), one transaction per day, so a refresh
 * stopped half-way continues where it stopped. A record's reception instant never changes, so a
 * counted day stays right. Refreshed by {@code integration/reports.camel.yaml} and on demand.
 */
@Component("receptionRollup")
public class ReceptionRollup {

    private static final Logger log = LoggerFactory.getLogger(ReceptionRollup.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration margin;

    ReceptionRollup(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                    ReportSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.margin = settings.rollup().margin();
    }

    /** The instant before which the process's days are counted in the rollup (a day's start), if any is. */
    Optional<Instant> completeBefore(long processId) {
        return jdbc.queryForList("select complete_before from captacion.reception_rollup where process_id = ?",
                Timestamp.class, processId).stream().findFirst().map(Timestamp::toInstant);
    }

    public Optional<Long> processId(String processCode) {
        return jdbc.queryForList("select id from captacion.capture_process where code = ?", Long.class, processCode)
                .stream().findFirst();
    }

    /** Counts every process's finished days not counted yet; each process's new end, by process code. */
    public Map<String, Instant> refreshAll() {
        Map<String, Instant> done = new LinkedHashMap<>();
        for (Map<String, Object> process : jdbc.queryForList("select id, code from captacion.capture_process order by id")) {
            refresh(((Number) process.get("id")).longValue()).ifPresent(end -> done.put((String) process.get("code"), end));
        }
        return done;
    }

    /**
     * Counts the process's finished days not counted yet; the new end, or empty when it has no records.
     * One refresh at a time, so a recount never interleaves with the scheduled refresh.
     */
    public synchronized Optional<Instant> refresh(long processId) {
        Instant until = startOfDay(clock.instant().minus(margin));
        Optional<Instant> from = completeBefore(processId).or(() -> firstReception(processId).map(ReceptionRollup::startOfDay));
        if (from.isEmpty()) {
            return Optional.empty();
        }
        int days = 0;
        for (ZonedDateTime day = from.get().atZone(CaptureProcess.ZONE); day.toInstant().isBefore(until);
             day = day.plusDays(1)) {
            countDay(processId, day.toInstant(), day.plusDays(1).toInstant());
            days++;
        }
        if (days > 0) {
            log.info("Recepción por día: {} días contados del proceso {}", days, processId);
        }
        return completeBefore(processId);
    }

    /**
     * Forgets the process's counted days and counts them again. Only for records written with a
     * reception instant in the past, as the seed replay does on its simulated clock: the platform
     * itself never receives a record on a day that is over.
     */
    public synchronized Optional<Instant> recount(long processId) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from captacion.reception_day where process_id = ?", processId);
            jdbc.update("delete from captacion.reception_rollup where process_id = ?", processId);
        });
        return refresh(processId);
    }

    private void countDay(long processId, Instant start, Instant end) {
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(end);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from captacion.reception_day where process_id = ? and day_start = ?", processId, from);
            jdbc.update("""
                    insert into captacion.reception_day (process_id, day_start, actor_id, entidad, records)
                    select process_id, cast(? as timestamp with time zone), actor_id, entidad, count(*)
                      from captacion.citizen_record
                     where process_id = ? and received_at >= ? and received_at < ?
                     group by process_id, actor_id, entidad""", from, processId, from, to);
            if (jdbc.update("update captacion.reception_rollup set complete_before = ? where process_id = ?", to,
                    processId) == 0) {
                jdbc.update("insert into captacion.reception_rollup (process_id, complete_before) values (?, ?)",
                        processId, to);
            }
        });
    }

    private Optional<Instant> firstReception(long processId) {
        List<Timestamp> first = jdbc.queryForList(
                "select min(received_at) from captacion.citizen_record where process_id = ?", Timestamp.class, processId);
        return first.stream().filter(t -> t != null).findFirst().map(Timestamp::toInstant);
    }

    static Instant startOfDay(Instant instant) {
        return instant.atZone(CaptureProcess.ZONE).toLocalDate().atStartOfDay(CaptureProcess.ZONE).toInstant();
    }
}
