package mx.captacion.miapoyo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import mx.captacion.records.MiApoyoChecks;
import mx.captacion.records.RecordSubmission;

/** Mi Apoyo over HTTP: the receipt code in the answer, and the look-up that tells the status and nothing personal. */
class MiApoyoIT extends IntegrationTestBase {

    private static final String RECEIPT = "MA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}";

    private Fixture fixture;

    @BeforeEach
    void newActor() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
    }

    @Test
    void aMiApoyoRecordGetsAReceiptCodeWithWhichItsCitizenFollowsItsStatus() {
        RecordSubmission submission = miApoyo();

        HttpResponse<String> sent = postRecord(submission);

        assertThat(sent.statusCode()).isEqualTo(202);
        String code = body(sent).get("receiptCode").asText();
        assertThat(code).matches(RECEIPT);
        HttpResponse<String> resent = postRecord(submission);
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(body(resent).get("receiptCode").asText()).isEqualTo(code);

        UUID recordId = UUID.fromString(body(sent).get("recordId").asText());
        awaitStatus(recordId, "EN_MESA_DE_CONTROL");
        String lastFour = submission.citizen().claveElector().substring(14);
        JsonNode underReview = body(lookUp(code, lastFour));
        assertThat(underReview.get("status").asText()).isEqualTo("EN_MESA_DE_CONTROL");
        assertThat(underReview.get("statusText").asText()).isEqualTo("En revisión");
        assertThat(underReview.get("actor").asText()).startsWith("Agrupación de Prueba");

        assertThat(review(recordId, "VALIDO", null).statusCode()).isEqualTo(204);
        awaitStatus(recordId, "PARA_COMPULSA");

        // the birth date checks as well as the clave; the code may be typed loosely
        String birthDate = submission.citizen().fechaNacimiento().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<String> reviewed = lookUp(code.toLowerCase().replace("-", " "), birthDate);
        assertThat(reviewed.statusCode()).isEqualTo(200);
        assertThat(body(reviewed).get("statusText").asText()).isEqualTo("Válido para compulsa");
    }

    @Test
    void anInconsistencyIsShownWithItsType() {
        RecordSubmission submission = miApoyo();
        HttpResponse<String> sent = postRecord(submission);
        UUID recordId = UUID.fromString(body(sent).get("recordId").asText());

        review(recordId, "FIRMA_NO_VALIDA", null);
        awaitStatus(recordId, "CON_INCONSISTENCIA");

        JsonNode status = body(lookUp(body(sent).get("receiptCode").asText(), submission.citizen().fechaNacimiento().toString()));
        assertThat(status.get("statusText").asText()).isEqualTo("Con inconsistencia");
        assertThat(status.get("inconsistency").asText()).isEqualTo("Firma no válida");
    }

    @Test
    void theLookUpTellsNothingPersonal() {
        RecordSubmission submission = miApoyo();
        HttpResponse<String> sent = postRecord(submission);
        var citizen = submission.citizen();

        String code = body(sent).get("receiptCode").asText();
        HttpResponse<String> found = lookUp(code, citizen.claveElector().substring(14));

        assertThat(found.statusCode()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        body(found).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).allMatch(f -> List.of("receiptCode", "status", "statusText", "explanation", "inconsistency",
                "actor", "process", "receivedOn").contains(f));
        assertThat(found.body().replace(code, "")).doesNotContain(citizen.claveElector(), citizen.curp(), citizen.nombre(),
                citizen.apellidoPaterno(), citizen.fechaNacimiento().toString(), recordIdOf(sent));
    }

    @Test
    void aWrongCodeAndAWrongCheckAnswerTheSame() {
        RecordSubmission submission = miApoyo();
        String code = body(postRecord(submission)).get("receiptCode").asText();
        String claveElector = submission.citizen().claveElector();
        String wrongFour = claveElector.endsWith("9999") ? "8888" : "9999";

        List<HttpResponse<String>> refusals = List.of(
                lookUp("MA-2222-3333-4444", claveElector.substring(14)),
                lookUp("no es un código", claveElector.substring(14)),
                lookUp(code, wrongFour),
                lookUp(code, "1900-01-01"),
                lookUp(code, ""));

        assertThat(refusals).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            // all but the problem's instance, which is the path each one asked for
            assertThat((JsonNode) ((ObjectNode) body(r)).without("instance"))
                    .isEqualTo(((ObjectNode) body(refusals.get(0))).without("instance"));
        });
        assertThat(body(refusals.get(0)).get("code").asText()).isEqualTo("RECIBO_NO_ENCONTRADO");
        assertThat(body(refusals.get(0)).get("message").asText()).startsWith("No encontramos un apoyo");
    }

    @Test
    void aCodeTriedTooOftenWaitsEvenForTheRightCheck() {
        RecordSubmission submission = miApoyo();
        String code = body(postRecord(submission)).get("receiptCode").asText();
        String right = submission.citizen().claveElector().substring(14);
        String wrong = right.equals("9999") ? "8888" : "9999";
        for (int i = 0; i < LookupAttempts.MAX_FAILURES_PER_CODE; i++) {
            assertThat(lookUp(code, wrong).statusCode()).isEqualTo(404);
        }

        HttpResponse<String> locked = lookUp(code, right);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(body(locked).get("code").asText()).isEqualTo("DEMASIADOS_INTENTOS");
    }

    @Test
    void aCitizenMayRefuseTheLocationButAnAuxiliarMayNot() {
        RecordSubmission withLocation = miApoyo();
        RecordSubmission without = new RecordSubmission(withLocation.submissionId(), withLocation.processCode(),
                withLocation.actorFolio(), null, withLocation.channel(), withLocation.capturedAt(), null,
                withLocation.citizen(), withLocation.images());

        HttpResponse<String> sent = postRecord(without);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select latitude from captacion.citizen_record where id = ?::uuid",
                Double.class, recordIdOf(sent))).isNull();
        HttpResponse<String> auxiliar = postRecord(submission(fixture));
        assertThat(body(auxiliar).has("receiptCode")).as("un registro de auxiliar no lleva recibo").isFalse();
    }

    @Test
    void whatTheChecksWouldJudgeInvalidIsRefusedNamingItsFieldAndNothingIsStored() {
        RecordSubmission valid = miApoyo();
        RecordSubmission.Citizen c = valid.citizen();
        int expired = MiApoyoChecks.firstCurrentVigencia(clock.instant()) - 1;
        Entidad other = c.curp().startsWith("JC", 11) ? Entidad.SONORA : Entidad.JALISCO;
        String curpOfOtherState = Curp.build(c.nombre(), c.apellidoPaterno(), c.apellidoMaterno(), c.fechaNacimiento(),
                Sexo.valueOf(c.sexo()), other, c.curp().charAt(16));
        record Case(RecordSubmission submission, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case(with(valid, c.claveElector(), c.curp(), null), "CREDENCIAL_SIN_VIGENCIA", "citizen.vigencia"),
                new Case(with(valid, c.claveElector(), c.curp(), expired), "CREDENCIAL_SIN_VIGENCIA", "citizen.vigencia"),
                new Case(with(valid, c.claveElector(), "XYZ", c.vigencia()), "CURP_MAL_FORMADA", "citizen.curp"),
                new Case(with(valid, "PRLPJN85O31209H12", c.curp(), c.vigencia()), "CLAVE_ELECTOR_MAL_FORMADA",
                        "citizen.claveElector"),
                new Case(with(valid, c.claveElector(), curpOfOtherState, c.vigencia()), "CURP_Y_CLAVE_ENTIDAD_DISTINTA",
                        "citizen.curp"),
                new Case(new RecordSubmission(UUID.randomUUID(), valid.processCode(), valid.actorFolio(), null,
                        valid.channel(), valid.capturedAt(), valid.location(), c, new RecordSubmission.Images(null,
                        valid.images().reverso(), valid.images().fotoViva(), valid.images().firma())),
                        "IMAGEN_FALTANTE", "images.anverso"));

        for (Case refused : cases) {
            HttpResponse<String> answer = postRecord(refused.submission());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
            assertThat(body(answer).get("code").asText()).isEqualTo(refused.code());
            assertThat(body(answer).get("field").asText()).isEqualTo(refused.field());
            assertThat(body(answer).get("message").asText()).isNotBlank().doesNotContain("'");
        }
        assertThat(jdbc.queryForObject("select count(*) from captacion.citizen_record where actor_id = ?",
                Integer.class, fixture.actorId())).as("nada guardado").isZero();
        assertThat(jdbc.queryForList("select code from captacion.record_refusal where actor_folio = ? order by id",
                String.class, fixture.folio())).as("la evidencia de cada rechazo")
                .containsExactlyElementsOf(cases.stream().map(Case::code).toList());

        // corrected, the same citizen is received
        assertThat(postRecord(valid).statusCode()).isEqualTo(202);
    }

    @Test
    void anAuxiliarsRecordWithTheSameDefectIsStillReceivedAndBecomesAnInconsistency() {
        RecordSubmission s = submission(fixture);
        RecordSubmission.Citizen c = s.citizen();
        RecordSubmission expired = SyntheticSubmissions.withVigencia(s,
                MiApoyoChecks.firstCurrentVigencia(clock.instant()) - 1);

        UUID recordId = accepted(expired);

        awaitStatus(recordId, "CON_INCONSISTENCIA");
        assertThat(jdbc.queryForObject("select inconsistency_type from captacion.citizen_record where id = ?",
                String.class, recordId)).isEqualTo("CREDENCIAL_NO_VALIDA");
        assertThat(accepted(with(submission(fixture), "XYZ", c.curp(), c.vigencia()))).isNotNull();
    }

    /** The same submission, with a new id, of a citizen with other clave, CURP and vigencia. */
    private static RecordSubmission with(RecordSubmission s, String clave, String curp, Integer vigencia) {
        RecordSubmission.Citizen c = s.citizen();
        return new RecordSubmission(UUID.randomUUID(), s.processCode(), s.actorFolio(), s.auxiliarId(), s.channel(),
                s.capturedAt(), s.location(), new RecordSubmission.Citizen(clave, curp, c.nombre(), c.apellidoPaterno(),
                c.apellidoMaterno(), c.fechaNacimiento(), c.sexo(), c.entidad(), c.seccion(), vigencia), s.images());
    }

    private RecordSubmission miApoyo() {
        return SUBMISSIONS.next(fixture.processCode(), fixture.folio(), null, clock.instant().minusSeconds(30));
    }

    private HttpResponse<String> lookUp(String code, String check) {
        return get("/api/v1/mi-apoyo/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20")
                + "?verificacion=" + URLEncoder.encode(check, StandardCharsets.UTF_8), null);
    }

    private String recordIdOf(HttpResponse<String> sent) {
        return body(sent).get("recordId").asText();
    }
}
