package mx.captacion.actors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Seed table 1 as of a cut-off: an actor counts from the instant it was registered. A process has
 * tens of actors, not millions, so the instants come from one indexed range scan and are grouped
 * into central-Mexico days here, where the time zone is plain java.time on either database.
 */
@Service
public class ActorsPerDayReport {

    private static final String REGISTERED_UNTIL = """
            select registered_at from captacion.political_actor
             where process_id = ? and registered_at <= ?""";

    private final CaptureProcesses processes;
    private final JdbcTemplate jdbc;

    ActorsPerDayReport(CaptureProcesses processes, JdbcTemplate jdbc) {
        this.processes = processes;
        this.jdbc = jdbc;
    }

    public Optional<ActorsPerDay> of(String processCode, Instant cutoff) {
        return processes.findByCode(processCode).map(process -> compute(process, cutoff));
    }

    private ActorsPerDay compute(CaptureProcess process, Instant cutoff) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        jdbc.query(REGISTERED_UNTIL, rs -> {
            LocalDate day = rs.getTimestamp(1).toInstant().atZone(CaptureProcess.ZONE).toLocalDate();
            perDay.merge(day, 1L, Long::sum);
        }, process.getId(), Timestamp.from(cutoff));
        List<ActorsPerDay.Day> days = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            cumulative += day.getValue();
            days.add(new ActorsPerDay.Day(days.size() + 1, day.getKey(), day.getValue(), cumulative));
        }
        return new ActorsPerDay(process.getCode(), process.getName(), cutoff, days, cumulative);
    }
}
