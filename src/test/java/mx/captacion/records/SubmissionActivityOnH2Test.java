package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Annex B's hours on H2 too (the zero-install run): every hour of the window is answered, the
 * silent ones included, refusals counted by code apart for the actor and for no actor, and the
 * window ends at the cut-off.
 */
class SubmissionActivityOnH2Test {

    @Test
    void everyHourOfTheWindowWithItsRefusalsByCode() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:activity" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).schemas("CAPTACION").defaultSchema("CAPTACION").createSchemas(true)
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        refusal(jdbc, "2023-01-17T20:10:00Z", "ERROR_INTERNO", null);
        refusal(jdbc, "2023-01-17T20:50:00Z", "AUXILIAR_INACTIVO", "F230617000000021");
        refusal(jdbc, "2023-01-17T20:55:00Z", "AUXILIAR_INACTIVO", "F230617000000021");
        refusal(jdbc, "2023-01-17T21:05:00Z", "AUXILIAR_INACTIVO", "F999999999999998");
        refusal(jdbc, "2023-01-17T23:59:00Z", "ERROR_INTERNO", "F230617000000021");

        List<SubmissionActivity.Hour> hours = new SubmissionActivity(jdbc).perHour(1L, "F230617000000021",
                Instant.parse("2023-01-17T19:30:00Z"), Instant.parse("2023-01-17T23:30:00Z"));

        assertThat(hours).extracting(SubmissionActivity.Hour::start).containsExactly(
                Instant.parse("2023-01-17T19:00:00Z"), Instant.parse("2023-01-17T20:00:00Z"),
                Instant.parse("2023-01-17T21:00:00Z"), Instant.parse("2023-01-17T22:00:00Z"),
                Instant.parse("2023-01-17T23:00:00Z"));
        assertThat(hours.get(1).refusedForActor()).isEqualTo(Map.of("AUXILIAR_INACTIVO", 2L));
        assertThat(hours.get(1).refusedUnidentified()).isEqualTo(Map.of("ERROR_INTERNO", 1L));
        // another actor's refusal is not this actor's evidence; the one after the cut-off is not in the note
        assertThat(hours).filteredOn(SubmissionActivity.Hour::silent).extracting(SubmissionActivity.Hour::start)
                .containsExactly(Instant.parse("2023-01-17T19:00:00Z"), Instant.parse("2023-01-17T21:00:00Z"),
                        Instant.parse("2023-01-17T22:00:00Z"), Instant.parse("2023-01-17T23:00:00Z"));
    }

    private static void refusal(JdbcTemplate jdbc, String at, String code, String folio) {
        jdbc.update("""
                insert into captacion.record_refusal (refused_at, code, http_status, process_code, actor_folio)
                values (?, ?, 422, 'APN-2022-RDP', ?)""", Timestamp.from(Instant.parse(at)), code, folio);
    }
}
