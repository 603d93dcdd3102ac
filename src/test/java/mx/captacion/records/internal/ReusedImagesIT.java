package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.Markdown;
import mx.captacion.records.RecordSubmission;

/**
 * One face for two citizens: the second record reaches the control desk flagged for fraud review,
 * naming the first, and the first, still waiting there, is flagged naming the second; citizens with pictures of their own, and a citizen captured again with their
 * own pictures, are not flagged.
 */
class ReusedImagesIT extends IntegrationTestBase {

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
    }

    @Test
    void aLivePhotoReusedForAnotherCitizenIsFlaggedForFraudReview() throws IOException {
        RecordSubmission first = submission(fixture);
        UUID firstId = accepted(first);
        awaitStatus(firstId, "EN_MESA_DE_CONTROL");
        RecordSubmission other = submission(fixture);
        // the same photo saved again by another phone: other bytes, the same picture
        RecordSubmission.Images images = other.images();
        RecordSubmission reused = withImages(other, new RecordSubmission.Images(images.anverso(), images.reverso(),
                reencoded(first.images().fotoViva()), images.firma()));
        assertThat(reused.images().fotoViva()).isNotEqualTo(first.images().fotoViva());

        UUID secondId = accepted(reused);

        awaitStatus(secondId, "EN_MESA_DE_CONTROL");
        assertThat(findingsOf(secondId)).contains("Posible fraude: fotografía viva igual o casi igual a la de otro "
                + "ciudadano en el registro " + firstId);
        JsonNode variables = formVariables(secondId);
        assertThat(variables.get("posibleFraude").get("value").asBoolean()).isTrue();
        assertThat(variables.get("ficha").get("value").asText()).contains("**⚠ Posible fraude: imagen reutilizada:**");
        // the first record, still waiting for a reviewer, is flagged too: in its data and in its open task
        assertThat(findingsOf(firstId)).contains("Posible fraude: fotografía viva igual o casi igual a la de otro "
                + "ciudadano en el registro " + secondId);
        JsonNode firstVariables = formVariables(firstId);
        assertThat(firstVariables.get("posibleFraude").get("value").asBoolean()).isTrue();
        assertThat(firstVariables.get("ficha").get("value").asText()).contains(Markdown.escape(secondId.toString()));
        assertThat(jdbc.queryForList("select reused_image from captacion.citizen_record where id in (?, ?)",
                Boolean.class, firstId, secondId)).containsExactly(true, true);
        // and the auxiliar quality report counts both against the auxiliar who sent them
        JsonNode quality = body(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-quality", ANALYST));
        JsonNode row = null;
        for (JsonNode candidate : quality.get("auxiliares")) {
            if (candidate.get("auxiliarId").asText().equals(fixture.activeAuxiliar())) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("conImagenReutilizada").asLong()).isEqualTo(2);
        assertThat(row.get("porcentajeImagenReutilizada").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aPictureReusedAgainNamesEveryEarlierRecordInTheNewOneAndLeavesTheFlaggedOnesAsTheyAre() {
        RecordSubmission first = submission(fixture);
        UUID firstId = accepted(first);
        awaitStatus(firstId, "EN_MESA_DE_CONTROL");
        UUID secondId = accepted(withFotoViva(submission(fixture), first.images().fotoViva()));
        awaitStatus(secondId, "EN_MESA_DE_CONTROL");
        String firstFlagged = findingsOf(firstId);
        String secondFlagged = findingsOf(secondId);

        UUID thirdId = accepted(withFotoViva(submission(fixture), first.images().fotoViva()));

        awaitStatus(thirdId, "EN_MESA_DE_CONTROL");
        assertThat(findingsOf(thirdId)).contains(firstId.toString()).contains(secondId.toString());
        // already flagged for their live photo: not written again (a picture shared by many records
        // would otherwise cost every screening an update of every earlier one)
        assertThat(findingsOf(firstId)).isEqualTo(firstFlagged).contains(secondId.toString())
                .doesNotContain(thirdId.toString());
        assertThat(findingsOf(secondId)).isEqualTo(secondFlagged);
    }

    /**
     * A picture that hundreds of records share makes every band value common, so its bands tell
     * nobody apart; the very same hash still does. A new record with it is flagged the first time
     * (the look-up reads the bands' rows and finds them common) and the next (the bands are known
     * common and not looked up again): the most blatant reuse must not go unflagged.
     */
    @Test
    void aPictureHundredsOfRecordsShareIsStillFoundByItsVeryHash() {
        RecordSubmission first = submission(fixture);
        UUID firstId = accepted(first);
        awaitStatus(firstId, "EN_MESA_DE_CONTROL");
        // 201 more records of the process with the same live photo's fingerprint (written as the intake would)
        jdbc.update("""
                insert into captacion.citizen_record
                select (jsonb_populate_record(null::captacion.citizen_record, to_jsonb(c)
                        || jsonb_build_object('id', gen_random_uuid(), 'submission_id', gen_random_uuid(),
                                              'receipt_code', null, 'clave_elector', 'CLON' || lpad(n::text, 14, '0')))).*
                  from captacion.citizen_record c, generate_series(1, 201) n where c.id = ?""", firstId);
        jdbc.update("""
                insert into captacion.image_fingerprint (record_id, image_kind, process_id, clave_elector, h0, h1, h2, h3)
                select c.id, f.image_kind, f.process_id, c.clave_elector, f.h0, f.h1, f.h2, f.h3
                  from captacion.citizen_record c join captacion.image_fingerprint f on f.record_id = ? and f.image_kind = 'FOTO_VIVA'
                 where c.clave_elector like 'CLON%' and c.process_id = f.process_id""", firstId);
        jdbc.update("""
                insert into captacion.image_fingerprint_band (process_id, image_kind, band, band_value, record_id)
                select b.process_id, b.image_kind, b.band, b.band_value, c.id
                  from captacion.citizen_record c join captacion.image_fingerprint_band b on b.record_id = ? and b.image_kind = 'FOTO_VIVA'
                 where c.clave_elector like 'CLON%' and c.process_id = b.process_id""", firstId);

        UUID second = accepted(withFotoViva(submission(fixture), first.images().fotoViva()));
        awaitStatus(second, "EN_MESA_DE_CONTROL");
        UUID third = accepted(withFotoViva(submission(fixture), first.images().fotoViva()));
        awaitStatus(third, "EN_MESA_DE_CONTROL");

        assertThat(findingsOf(second)).contains("Posible fraude");
        assertThat(findingsOf(third)).contains("Posible fraude");
        assertThat(jdbc.queryForObject("select reused_image from captacion.citizen_record where id = ?",
                Boolean.class, third)).isTrue();
    }

    private static RecordSubmission withFotoViva(RecordSubmission s, String fotoViva) {
        RecordSubmission.Images images = s.images();
        return withImages(s, new RecordSubmission.Images(images.anverso(), images.reverso(), fotoViva, images.firma()));
    }

    @Test
    void citizensWithTheirOwnImagesAreNotFlagged() {
        UUID one = accepted(submission(fixture));
        awaitStatus(one, "EN_MESA_DE_CONTROL");
        UUID two = accepted(submission(fixture));

        awaitStatus(two, "EN_MESA_DE_CONTROL");
        assertThat(findingsOf(two)).isEqualTo(ScreeningRecord.NO_FINDINGS);
        assertThat(formVariables(two).get("posibleFraude").get("value").asBoolean()).isFalse();
    }

    @Test
    void theSameCitizenCapturedAgainWithTheSamePicturesIsNotAReuse() {
        var citizen = SUBMISSIONS.nextCitizen();
        UUID first = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                clock.instant().minusSeconds(90)));
        review(first, "FIRMA_NO_VALIDA", null);
        awaitStatus(first, "CON_INCONSISTENCIA");

        UUID again = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                clock.instant().minusSeconds(10)));

        awaitStatus(again, "EN_MESA_DE_CONTROL");
        assertThat(findingsOf(again)).isEqualTo(ScreeningRecord.NO_FINDINGS);
    }

    private String findingsOf(UUID recordId) {
        return jdbc.queryForObject("select findings from captacion.citizen_record where id = ?", String.class, recordId);
    }

    private JsonNode formVariables(UUID recordId) {
        return body(get("/engine-rest/task/" + taskOf(recordId) + "/form-variables", REVIEWER));
    }

    private static RecordSubmission withImages(RecordSubmission s, RecordSubmission.Images images) {
        return new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(), s.auxiliarId(), s.channel(),
                s.capturedAt(), s.location(), s.citizen(), images);
    }

    private static String reencoded(String base64Jpeg) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64Jpeg)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
