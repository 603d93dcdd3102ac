package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.records.CaptureChannel;
import mx.captacion.records.ImageKind;
import mx.captacion.records.RecordSubmission;

/**
 * The zero-setup run's H2 takes the reused-image check's statements as PostgreSQL does: all of a
 * picture's band look-ups in one {@code union all} (H2 cannot type a bare parameter in its select
 * list, so the band's number is cast) and its sixteen bands in one insert. Foreign keys are off: the
 * records themselves are not what is checked here.
 */
class ReusedImagesOnH2Test {

    @Test
    void aPictureReusedByAnotherCitizenIsFoundOnH2() {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource("jdbc:h2:mem:reused;DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(h2).schemas("CAPTACION").defaultSchema("CAPTACION").createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("set referential_integrity false");
        ReusedImages reusedImages = new ReusedImages(jdbc, new RecordsSettings(new RecordsSettings.Intake(50, 50),
                new RecordsSettings.ImageReuse(10)));
        SyntheticSubmissions submissions = new SyntheticSubmissions(11L, 20_000);
        byte[] picture = Base64.getDecoder().decode(submissions.imagesOf(submissions.nextCitizen()).fotoViva());
        CitizenRecord first = record(submissions);
        CitizenRecord other = record(submissions);

        assertThat(reusedImages.check(first, ImageKind.FOTO_VIVA, picture)).isEmpty();
        var reuse = reusedImages.check(other, ImageKind.FOTO_VIVA, picture);

        assertThat(reuse).isPresent();
        assertThat(reuse.get().others()).containsExactly(first.getId());
        assertThat(jdbc.queryForObject("select count(*) from captacion.image_fingerprint_band where record_id = ?",
                Integer.class, other.getId())).isEqualTo(ReusedImages.BANDS);
    }

    private static CitizenRecord record(SyntheticSubmissions submissions) {
        RecordSubmission s = submissions.next("P", "F230617000000021", "AUX-0000001", Instant.parse("2026-12-05T20:00:00Z"));
        return new CitizenRecord(UUID.randomUUID(), 1L, 2L, 3L, CaptureChannel.AUXILIAR, s.capturedAt(),
                s.capturedAt().plusSeconds(30), null, s.citizen(), Map.of());
    }
}
