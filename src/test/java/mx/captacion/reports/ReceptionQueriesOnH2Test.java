package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.reports.internal.ReportSettings;

/**
 * The zero-install run answers the reception reports on H2 with the same SQL as PostgreSQL
 * (and V14's indexes migrate there): the month bounds and the cut-off are plain parameters.
 */
class ReceptionQueriesOnH2Test {

    @Test
    void theReceptionQueriesCountByRangeOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:reception" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).schemas("CAPTACION").defaultSchema("CAPTACION").createSchemas(true)
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.update("insert into captacion.capture_process (code, name, period_start, period_end) values ('H2', 'H2', ?, ?)",
                java.sql.Date.valueOf("2022-03-01"), java.sql.Date.valueOf("2023-01-31"));
        long process = jdbc.queryForObject("select id from captacion.capture_process where code = 'H2'", Long.class);
        Timestamp registered = Timestamp.from(Instant.parse("2022-12-14T17:58:00Z"));
        for (String folio : List.of("F000000000000011", "F000000000000021")) {
            jdbc.update("""
                    insert into captacion.political_actor (process_id, folio, name, representative_name,
                        representative_email, registered_at) values (?, ?, ?, 'R', 'r@captacion.example', ?)""",
                    process, folio, "Actor " + folio, registered);
        }
        List<Long> actorIds = jdbc.queryForList("select id from captacion.political_actor order by folio", Long.class);
        Instant cutoff = Instant.parse("2023-01-20T16:30:00Z");
        record(jdbc, process, actorIds.get(0), "2022-12-31T12:00:00Z", 9);
        record(jdbc, process, actorIds.get(0), "2023-01-10T12:00:00Z", 15);
        record(jdbc, process, actorIds.get(1), "2023-01-20T16:30:00Z", 15); // at the cut-off
        record(jdbc, process, actorIds.get(1), "2023-01-20T16:30:01Z", 15); // after it
        Timestamp from = Timestamp.from(Instant.parse("2023-01-01T06:00:00Z"));
        Timestamp to = Timestamp.from(Instant.parse("2023-02-01T06:00:00Z"));
        Timestamp at = Timestamp.from(cutoff);

        assertThat(pairs(jdbc, ReceptionReports.Grouping.TOTAL.records, process, from, to, at)).containsExactly("0=2");
        assertThat(pairs(jdbc, ReceptionReports.Grouping.ENTIDAD.records, process, from, to, at)).containsExactly("15=2");
        assertThat(pairs(jdbc, ReceptionReports.Grouping.ACTOR.records, process, from, to, at))
                .containsExactlyInAnyOrder(actorIds.get(0) + "=1", actorIds.get(1) + "=1");

        // the daily rollup, the day after the cut-off: every day up to the 20th counted, the 21st not yet
        ReceptionRollup rollup = new ReceptionRollup(jdbc, new TransactionTemplate(new DataSourceTransactionManager(h2)),
                Clock.fixed(Instant.parse("2023-01-21T18:00:00Z"), ZoneOffset.UTC),
                new ReportSettings(new ReportSettings.Rollup(false, "1h", Duration.ofHours(1))));
        assertThat(rollup.refresh(process)).contains(Instant.parse("2023-01-21T06:00:00Z"));
        Timestamp january20 = Timestamp.from(Instant.parse("2023-01-20T06:00:00Z"));
        assertThat(pairs(jdbc, ReceptionReports.Grouping.TOTAL.rollup, process, from, january20)).containsExactly("0=1");
        assertThat(pairs(jdbc, ReceptionReports.Grouping.ENTIDAD.rollup, process, from, to)).containsExactly("15=3");
        assertThat(pairs(jdbc, ReceptionReports.Grouping.ACTOR.rollup, process, from, to))
                .containsExactlyInAnyOrder(actorIds.get(0) + "=1", actorIds.get(1) + "=2");
        assertThat(pairs(jdbc, ReceptionReports.Grouping.TOTAL.rollup,
                process, Timestamp.from(Instant.parse("2022-12-01T06:00:00Z")), from)).containsExactly("0=1");
        // counting again changes nothing: the refresh starts where the last one ended
        assertThat(rollup.refresh(process)).contains(Instant.parse("2023-01-21T06:00:00Z"));
        assertThat(pairs(jdbc, ReceptionReports.Grouping.TOTAL.rollup, process, from, to)).containsExactly("0=3");
        Timestamp[] range = jdbc.queryForObject(ReceptionReports.RECEIVED_RANGE,
                (rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}, process, at);
        assertThat(range[0].toInstant()).isEqualTo(Instant.parse("2022-12-31T12:00:00Z"));
        assertThat(range[1].toInstant()).isEqualTo(cutoff);
        assertThat(jdbc.queryForList(ReceptionReports.ACTOR_RECEIVED, Timestamp.class, actorIds.get(1), at)).hasSize(1);
    }

    private static List<String> pairs(JdbcTemplate jdbc, String sql, Object... args) {
        List<String> pairs = new ArrayList<>();
        jdbc.query(sql, rs -> {
            pairs.add(rs.getLong(1) + "=" + rs.getLong(2));
        }, args);
        return pairs;
    }

    private static void record(JdbcTemplate jdbc, long process, long actor, String received, int entidad) {
        Timestamp at = Timestamp.from(Instant.parse(received));
        jdbc.update("""
                insert into captacion.citizen_record (id, submission_id, process_id, actor_id, channel, captured_at,
                    received_at, latitude, longitude, clave_elector, curp, nombre, apellido_paterno, fecha_nacimiento,
                    sexo, entidad, seccion, status)
                values (?, ?, ?, ?, 'APP', ?, ?, 19.4, -99.1, 'CLAVE', 'CURP', 'NOMBRE', 'APELLIDO', ?, 'M', ?, 1,
                    'EN_MESA_DE_CONTROL')""",
                UUID.randomUUID(), UUID.randomUUID(), process, actor, at, at, java.sql.Date.valueOf("1990-01-01"),
                entidad);
    }
}
