package mx.captacion.reports.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;

/**
 * Per auxiliar: records by status as of the cut-off (from the status history, like every report)
 * and captures too close together. The gaps are measured here, walking each auxiliar's captures in
 * order, because interval arithmetic in SQL is spelled differently on H2 and PostgreSQL and an
 * actor's records are few enough to stream.
 *
 * <p>Two things are called {@code auxiliar_id} in the tables read here: the auxiliar's public ID
 * (AUX-…, text) in {@code auxiliar}, and the auxiliar's database key ({@code auxiliar.id}, bigint) in
 * {@code record_status_history} and {@code citizen_record}. The queries rename the key
 * {@code auxiliar_key}, the tallies are kept by that key, and only the public ID reaches a row.
 */
@Service
public class AuxiliarQualityReport {

    private static final String AUXILIARES = """
            select id as auxiliar_key, auxiliar_id, name, status
              from captacion.auxiliar where actor_id = ? and registered_at <= ?""";

    private static final String STATUSES_AS_OF = """
            select auxiliar_id as auxiliar_key, status, count(*)
              from captacion.record_status_history
             where actor_id = ? and %s
               and auxiliar_id is not null
             group by auxiliar_id, status""".formatted(AsOfCutoff.IN_FORCE);

    private static final String CAPTURES = """
            select auxiliar_id as auxiliar_key, captured_at from captacion.citizen_record
             where actor_id = ? and auxiliar_id is not null and received_at <= ?
             order by auxiliar_id, captured_at""";

    private static final String REUSED_IMAGES = """
            select auxiliar_id as auxiliar_key, count(*) from captacion.citizen_record
             where actor_id = ? and auxiliar_id is not null and received_at <= ? and reused_image = true
             group by auxiliar_id""";

    private final JdbcTemplate jdbc;
    private final PoliticalActors actors;
    private final Duration minimumInterval;

    AuxiliarQualityReport(JdbcTemplate jdbc, PoliticalActors actors, QualitySettings settings) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.minimumInterval = settings.minimumCaptureInterval();
    }

    public Optional<AuxiliarQuality> of(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> compute(actor, cutoff));
    }

    private AuxiliarQuality compute(PoliticalActor actor, Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        Map<Long, Tally> talliesByKey = new HashMap<>();
        jdbc.query(STATUSES_AS_OF, rs -> {
            Tally tally = talliesByKey.computeIfAbsent(rs.getLong("auxiliar_key"), key -> new Tally());
            long count = rs.getLong(3);
            tally.records += count;
            switch (rs.getString(2)) {
                case "CON_INCONSISTENCIA" -> tally.inconsistent += count;
                case "DUPLICADO" -> tally.duplicated += count;
                default -> { }
            }
        }, AsOfCutoff.params(actor.getId(), at));
        long[] previous = {-1, 0}; // auxiliar key, capture instant in ms
        jdbc.query(CAPTURES, rs -> {
            long auxiliarKey = rs.getLong("auxiliar_key");
            long captured = rs.getTimestamp(2).getTime();
            if (previous[0] == auxiliarKey) {
                talliesByKey.computeIfAbsent(auxiliarKey, key -> new Tally()).gap(captured - previous[1], minimumInterval);
            }
            previous[0] = auxiliarKey;
            previous[1] = captured;
        }, actor.getId(), at);
        jdbc.query(REUSED_IMAGES, rs -> {
            talliesByKey.computeIfAbsent(rs.getLong("auxiliar_key"), key -> new Tally()).reusedImage = rs.getLong(2);
        }, actor.getId(), at);
        List<AuxiliarQuality.Row> rows = new ArrayList<>();
        jdbc.query(AUXILIARES, rs -> {
            Tally tally = talliesByKey.getOrDefault(rs.getLong("auxiliar_key"), new Tally());
            rows.add(new AuxiliarQuality.Row(rs.getString("auxiliar_id"), rs.getString("name"), rs.getString("status"),
                    tally.records, tally.inconsistent, tally.duplicated, percent(tally.inconsistent, tally.records),
                    percent(tally.duplicated, tally.records), tally.tooFast,
                    tally.fastestMillis == Long.MAX_VALUE ? null : tally.fastestMillis / 1000, tally.reusedImage,
                    percent(tally.reusedImage, tally.records)));
        }, actor.getId(), at);
        rows.sort(Comparator.comparingDouble((AuxiliarQuality.Row row) ->
                        -(row.porcentajeInconsistencia() + row.porcentajeDuplicados()))
                .thenComparing(row -> -row.capturasDemasiadoRapidas())
                .thenComparing(AuxiliarQuality.Row::auxiliarId));
        return new AuxiliarQuality(actor.getFolio().value(), actor.getName(), cutoff, minimumInterval, rows);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static final class Tally {
        long records;
        long inconsistent;
        long duplicated;
        long reusedImage;
        long tooFast;
        long fastestMillis = Long.MAX_VALUE;

        void gap(long millis, Duration minimum) {
            fastestMillis = Math.min(fastestMillis, millis);
            if (millis < minimum.toMillis()) {
                tooFast++;
            }
        }
    }
}
