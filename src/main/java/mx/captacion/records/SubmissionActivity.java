package mx.captacion.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The platform's own evidence of availability for one actor, hour by hour: records it accepted
 * (citizen_record.received_at) and submissions it refused, by code — those naming the actor, and
 * those refused before any actor could be read (a malformed body, an internal error), which an
 * outage shows first. Every hour of the window is answered, the silent ones too: an hour with
 * nothing accepted and nothing refused is the gap an outage leaves.
 */
@Service
public class SubmissionActivity {

    /** Whole-hour offsets (central Mexico has had no daylight saving since 2022), so UTC hours are local hours. */
    private static final String ACCEPTED = """
            select date_trunc('hour', received_at), count(*)
              from captacion.citizen_record
             where actor_id = ? and received_at >= ? and received_at < ?
             group by date_trunc('hour', received_at)""";

    private static final String REFUSED = """
            select date_trunc('hour', refused_at), code, actor_folio, count(*)
              from captacion.record_refusal
             where refused_at >= ? and refused_at < ? and (actor_folio = ? or actor_folio is null)
             group by date_trunc('hour', refused_at), code, actor_folio""";

    private static final String RECEIVED_BY_CHANNEL = """
            select channel, count(*), count(distinct auxiliar_id)
              from captacion.citizen_record
             where actor_id = ? and received_at <= ?
             group by channel""";

    private final JdbcTemplate jdbc;

    SubmissionActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One hour: records accepted for the actor, refusals naming it and refusals naming no actor, by code. */
    public record Hour(Instant start, long accepted, Map<String, Long> refusedForActor, Map<String, Long> refusedUnidentified) {

        public long refused() {
            return refusedForActor.values().stream().mapToLong(Long::longValue).sum()
                    + refusedUnidentified.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Nothing came in at all: neither accepted nor refused. */
        public boolean silent() {
            return accepted == 0 && refused() == 0;
        }
    }

    /** Records received for an actor up to a cut-off: by auxiliares (and how many sent them) and by Mi Apoyo. */
    public record Reception(long total, long byAuxiliares, long auxiliares, long miApoyo) {
    }

    public Reception received(long actorId, Instant cutoff) {
        long[] counts = new long[3]; // auxiliar records, auxiliares, mi apoyo records
        jdbc.query(RECEIVED_BY_CHANNEL, rs -> {
            if (CaptureChannel.MI_APOYO.name().equals(rs.getString(1))) {
                counts[2] += rs.getLong(2);
            } else {
                counts[0] += rs.getLong(2);
                counts[1] += rs.getLong(3);
            }
        }, actorId, Timestamp.from(cutoff));
        return new Reception(counts[0] + counts[2], counts[0], counts[1], counts[2]);
    }

    /** Every hour from the one containing {@code from} up to the one containing {@code to}, oldest first. */
    public List<Hour> perHour(long actorId, String folio, Instant from, Instant to) {
        Instant first = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Map<Instant, long[]> accepted = new TreeMap<>();
        Map<Instant, Map<String, Long>> forActor = new TreeMap<>();
        Map<Instant, Map<String, Long>> unidentified = new TreeMap<>();
        // the window ends at the cut-off itself: later evidence is not part of a note as of then
        jdbc.query(ACCEPTED, rs -> {
            accepted.put(rs.getTimestamp(1).toInstant(), new long[] {rs.getLong(2)});
        }, actorId, Timestamp.from(first), Timestamp.from(to));
        jdbc.query(REFUSED, rs -> {
            Map<Instant, Map<String, Long>> target = rs.getString(3) == null ? unidentified : forActor;
            target.computeIfAbsent(rs.getTimestamp(1).toInstant(), h -> new TreeMap<>())
                    .merge(rs.getString(2), rs.getLong(4), Long::sum);
        }, Timestamp.from(first), Timestamp.from(to), folio);
        List<Hour> hours = new java.util.ArrayList<>();
        for (Instant hour = first; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            hours.add(new Hour(hour, accepted.getOrDefault(hour, new long[1])[0],
                    forActor.getOrDefault(hour, Map.of()), unidentified.getOrDefault(hour, Map.of())));
        }
        return hours;
    }
}
