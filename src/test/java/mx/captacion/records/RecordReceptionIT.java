package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.records.internal.ScreeningRecord;

/** Reception over HTTP: acknowledgement, status history, duplicates, idempotent retries, and every refusal. */
class RecordReceptionIT extends IntegrationTestBase {

    private Fixture fixture;
    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void newActor() {
        fixture = newFixture();
    }

    /** The history every report reads follows each status these scenarios changed. */
    @AfterEach
    void everyStatusHasItsHistory() {
        assertEveryStatusHasItsHistory();
    }

    @Test
    void anAcceptedRecordIsStoredWithItsImagesAndReachesTheControlDesk() {
        RecordSubmission submission = submission(fixture);

        HttpResponse<String> response = postRecord(submission);

        assertThat(response.statusCode()).isEqualTo(202);
        UUID recordId = UUID.fromString(body(response).get("recordId").asText());
        assertThat(body(response).get("status").asText()).isIn("EN_PROCESAMIENTO", "EN_MESA_DE_CONTROL");
        Map<String, Object> row = jdbc.queryForMap(
                "select actor_id, channel, clave_elector, anverso_hash, firma_hash from captacion.citizen_record where id = ?",
                recordId);
        assertThat(row.get("actor_id")).isEqualTo(fixture.actorId());
        assertThat(row.get("clave_elector")).isEqualTo(submission.citizen().claveElector());
        assertThat((String) row.get("anverso_hash")).hasSize(64);

        awaitStatus(recordId, "EN_MESA_DE_CONTROL");
        List<Map<String, Object>> history = jdbc.queryForList("""
                select status, valid_from, valid_to from captacion.record_status_history
                 where record_id = ? order by valid_from""", recordId);
        assertThat(history).extracting(h -> h.get("status")).containsExactly("EN_PROCESAMIENTO", "EN_MESA_DE_CONTROL");
        assertThat(history.get(0).get("valid_to")).isEqualTo(history.get(1).get("valid_from"));
        assertThat(history.get(1).get("valid_to")).isNull();

        HttpResponse<String> status = getRecord(recordId, deviceToken(fixture.activeAuxiliar()));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(body(status).get("status").asText()).isEqualTo("EN_MESA_DE_CONTROL");
        String findings = jdbc.queryForObject("select findings from captacion.citizen_record where id = ?",
                String.class, recordId);
        assertThat(findings).isEqualTo(ScreeningRecord.NO_FINDINGS);
    }

    @Test
    void aRecordWithAFailedCheckGoesToTheControlDeskWithTheFindingShown() {
        ensureReviewerAndAnalyst();
        RecordSubmission s = submission(fixture);
        RecordSubmission.Citizen c = s.citizen();
        RecordSubmission otherBirthDate = new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(),
                s.auxiliarId(), s.channel(), s.capturedAt(), s.location(),
                new RecordSubmission.Citizen(c.claveElector(), c.curp(), c.nombre(), c.apellidoPaterno(),
                        c.apellidoMaterno(), c.fechaNacimiento().plusDays(1), c.sexo(), c.entidad(), c.seccion(),
                        c.vigencia()),
                s.images());

        UUID recordId = accepted(otherBirthDate);

        awaitStatus(recordId, "EN_MESA_DE_CONTROL");
        String findings = jdbc.queryForObject("select findings from captacion.citizen_record where id = ?",
                String.class, recordId);
        assertThat(findings).contains("La fecha de nacimiento de la CURP");
        String ficha = body(get("/engine-rest/task/" + taskOf(recordId) + "/form-variables", REVIEWER))
                .get("ficha").get("value").asText();
        assertThat(ficha).as("record-screening.dmn: a data mismatch is a warning for the reviewer")
                .contains("**⚠ Advertencia de la revisión automática:**", "La fecha de nacimiento de la CURP");
    }

    @Test
    void anExpiredCredentialEndsWithAnInconsistencyWithoutReview() {
        ensureReviewerAndAnalyst();
        var citizen = SUBMISSIONS.nextCitizen();
        Instant captured = clock.instant().minusSeconds(60);
        RecordSubmission expired = mx.captacion.demo.SyntheticSubmissions.withVigencia(
                SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(), captured), 2020);

        UUID recordId = accepted(expired);

        awaitStatus(recordId, "CON_INCONSISTENCIA");
        Map<String, Object> row = jdbc.queryForMap("""
                select findings, inconsistency_type, inconsistency_note, reviewed_by, reviewed_at
                  from captacion.citizen_record where id = ?""", recordId);
        assertThat(row).containsEntry("inconsistency_type", "CREDENCIAL_NO_VALIDA").containsEntry("reviewed_by", null);
        assertThat((String) row.get("findings")).contains("La credencial perdió vigencia el 31/12/2020");
        assertThat((String) row.get("inconsistency_note")).startsWith("Revisión automática:").contains("no estaba vigente");
        assertThat(row.get("reviewed_at")).isNotNull();
        List<Map<String, Object>> history = jdbc.queryForList("""
                select status, inconsistency_type, valid_to from captacion.record_status_history
                 where record_id = ? order by valid_from""", recordId);
        assertThat(history).extracting(h -> h.get("status")).containsExactly("EN_PROCESAMIENTO", "CON_INCONSISTENCIA");
        assertThat(history.get(1)).containsEntry("inconsistency_type", "CREDENCIAL_NO_VALIDA").containsEntry("valid_to", null);
        assertThat(body(get("/engine-rest/task?processInstanceBusinessKey=" + recordId, REVIEWER)))
                .as("no reviewer sees it").isEmpty();
        assertThat(body(get("/engine-rest/process-instance?businessKey=" + recordId, REVIEWER))).isEmpty();

        UUID withAValidCredential = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(),
                fixture.activeAuxiliar(), captured.plusSeconds(30)));
        awaitStatus(withAValidCredential, "EN_MESA_DE_CONTROL");
    }

    @Test
    void aMiApoyoRecordNeedsNoAuxiliar() {
        RecordSubmission miApoyo = SUBMISSIONS.next(fixture.processCode(), fixture.folio(), null,
                clock.instant().minusSeconds(30));

        UUID recordId = accepted(miApoyo);

        Map<String, Object> row = jdbc.queryForMap(
                "select channel, auxiliar_id from captacion.citizen_record where id = ?", recordId);
        assertThat(row.get("channel")).isEqualTo("MI_APOYO");
        assertThat(row.get("auxiliar_id")).isNull();
    }

    @Test
    void theSameCitizenTwiceForOneActorIsADuplicate() {
        var citizen = SUBMISSIONS.nextCitizen();
        Instant captured = clock.instant().minusSeconds(120);
        UUID first = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(), captured));
        awaitStatus(first, "EN_MESA_DE_CONTROL");

        UUID second = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), null, captured));

        awaitStatus(second, "DUPLICADO");
        assertThat(statusOf(first)).isEqualTo("EN_MESA_DE_CONTROL");
        String findings = jdbc.queryForObject("select findings from captacion.citizen_record where id = ?",
                String.class, second);
        assertThat(findings).contains(first.toString());
    }

    @Test
    void theSameCitizenSentSeveralTimesAtOnceCountsOnceWithoutFailedJobs() throws Exception {
        var citizen = SUBMISSIONS.nextCitizen();
        Instant captured = clock.instant().minusSeconds(120);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<UUID> ids = new ArrayList<>();
        try {
            List<Callable<UUID>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), null, captured)));
            }
            for (Future<UUID> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // screening jobs racing for the citizen settle at once: the loser sees the winner's claim
        // instead of failing and waiting 30 s for its retry
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (ids.stream().anyMatch(id -> statusOf(id).equals("EN_PROCESAMIENTO")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(ids.stream().map(this::statusOf).sorted().toList()).containsExactly("DUPLICADO", "DUPLICADO",
                "DUPLICADO", "DUPLICADO", "DUPLICADO", "EN_MESA_DE_CONTROL");
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                where j.exception_msg_ is not null and e.business_key_ in (?, ?, ?, ?, ?, ?)""", Long.class,
                ids.stream().map(UUID::toString).toArray())).isZero();
    }

    @Test
    void theSameCitizenForAnotherActorIsNotADuplicate() {
        var citizen = SUBMISSIONS.nextCitizen();
        Fixture other = newFixture();
        UUID first = accepted(SUBMISSIONS.of(citizen, fixture.processCode(), fixture.folio(), fixture.activeAuxiliar(),
                clock.instant().minusSeconds(60)));
        UUID second = accepted(SUBMISSIONS.of(citizen, other.processCode(), other.folio(), other.activeAuxiliar(),
                clock.instant().minusSeconds(60)));

        awaitStatus(first, "EN_MESA_DE_CONTROL");
        awaitStatus(second, "EN_MESA_DE_CONTROL");
    }

    @Test
    void aResentSubmissionAnswersTheSameRecordAndCreatesNothing() {
        RecordSubmission submission = submission(fixture);
        UUID recordId = accepted(submission);

        HttpResponse<String> again = postRecord(submission);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("recordId").asText()).isEqualTo(recordId.toString());
        assertThat(recordsOfActor()).isEqualTo(1);
        awaitStatus(recordId, "EN_MESA_DE_CONTROL");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Long.class,
                recordId.toString())).isEqualTo(1);
    }

    @Test
    void concurrentResendsOfOneSubmissionStoreOneRecord() throws Exception {
        RecordSubmission submission = submission(fixture);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> postRecord(submission));
            }
            List<String> ids = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> result : pool.invokeAll(calls)) {
                statuses.add(result.get().statusCode());
                ids.add(body(result.get()).get("recordId").asText());
            }
            assertThat(ids).hasSize(8).containsOnly(ids.get(0));
            assertThat(statuses).containsOnly(200, 202).contains(202);
            assertThat(recordsOfActor()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- refusals -----------------------------------------------------------------------------

    record BadCase(String name, int status, String code, Function<Fixture, String> body, String contentType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("JSON mal formado", 400, "JSON_MAL_FORMADO", f -> "{\"submissionId\": ", "application/json"),
                bad("sin Content-Type JSON", 415, "CONTENIDO_NO_JSON", f -> "submissionId=1", "application/x-www-form-urlencoded"),
                bad("cuerpo vacío", 400, "CAMPO_FALTANTE", f -> "null", "application/json"),
                bad("cuerpo de cero bytes", 400, "CAMPO_FALTANTE", f -> "", "application/json"),
                bad("formulario con un JSON", 415, "CONTENIDO_NO_JSON", f -> Holder.edited(f, j -> { }),
                        "application/x-www-form-urlencoded"),
                bad("formulario con CR/LF en un valor", 415, "CONTENIDO_NO_JSON",
                        f -> "a=1%0D%0ASet-Cookie:%20x%3D1&b=\r\nLocation: https://evil.example", "application/x-www-form-urlencoded"),
                edit("falta la CURP", 400, "CAMPO_FALTANTE", j -> ((ObjectNode) j.get("citizen")).remove("curp")),
                edit("falta submissionId", 400, "CAMPO_FALTANTE", j -> j.remove("submissionId")),
                edit("falta la ubicación", 400, "CAMPO_FALTANTE", j -> j.remove("location")),
                edit("carácter NUL en el nombre", 400, "FORMATO_INVALIDO",
                        j -> ((ObjectNode) j.get("citizen")).put("nombre", "JU\u0000AN")),
                edit("carácter NUL en el folio", 400, "FORMATO_INVALIDO", j -> j.put("actorFolio", "F2306\u0000")),
                edit("fecha de nacimiento en el año 999999999", 400, "FORMATO_INVALIDO",
                        j -> ((ObjectNode) j.get("citizen")).put("fechaNacimiento", "+999999999-12-31")),
                edit("captura en el año -1000000000", 400, "FORMATO_INVALIDO",
                        j -> j.put("capturedAt", "-1000000000-01-01T00:00:00Z")),
                edit("submissionId no es UUID", 400, "FORMATO_INVALIDO", j -> j.put("submissionId", "abc")),
                edit("fecha de captura ilegible", 400, "FORMATO_INVALIDO", j -> j.put("capturedAt", "ayer")),
                edit("canal desconocido", 400, "FORMATO_INVALIDO", j -> j.put("channel", "FAX")),
                edit("latitud imposible", 400, "FORMATO_INVALIDO", j -> ((ObjectNode) j.get("location")).put("lat", 123.0)),
                edit("sexo inválido", 400, "FORMATO_INVALIDO", j -> ((ObjectNode) j.get("citizen")).put("sexo", "Z")),
                edit("entidad inexistente", 400, "FORMATO_INVALIDO", j -> ((ObjectNode) j.get("citizen")).put("entidad", 40)),
                edit("clave de elector demasiado larga", 400, "FORMATO_INVALIDO",
                        j -> ((ObjectNode) j.get("citizen")).put("claveElector", "X".repeat(40))),
                edit("clave de elector de 18 letras que en mayúsculas son 19", 400, "FORMATO_INVALIDO",
                        j -> ((ObjectNode) j.get("citizen")).put("claveElector", "PRLPJN85031209H12ß")),
                edit("CURP de 18 letras que en mayúsculas son 19", 400, "FORMATO_INVALIDO",
                        j -> ((ObjectNode) j.get("citizen")).put("curp", "ßELJ850312HDFRPN05")),
                edit("proceso desconocido", 422, "PROCESO_DESCONOCIDO", j -> j.put("processCode", "NO-EXISTE")),
                edit("actor desconocido", 422, "ACTOR_DESCONOCIDO", j -> j.put("actorFolio", "F999999999999999")),
                edit("actor de otro proceso", 422, "ACTOR_FUERA_DEL_PROCESO", j -> j.put("processCode", "__OTHER_PROCESS__")),
                edit("auxiliar desconocido", 422, "AUXILIAR_DESCONOCIDO", j -> j.put("auxiliarId", "AX-NO-EXISTE")),
                edit("auxiliar de otro actor", 422, "AUXILIAR_DE_OTRO_ACTOR", j -> j.put("auxiliarId", "__OTHER_AUXILIAR__")),
                edit("auxiliar dado de baja", 403, "AUXILIAR_INACTIVO", j -> j.put("auxiliarId", "__BAJA__")),
                edit("auxiliar sin registro en la app", 403, "AUXILIAR_INACTIVO", j -> j.put("auxiliarId", "__SIN_REGISTRO__")),
                edit("captura de auxiliar sin auxiliar", 400, "AUXILIAR_REQUERIDO", j -> j.remove("auxiliarId")),
                edit("Mi Apoyo con auxiliar", 400, "AUXILIAR_NO_PERMITIDO", j -> j.put("channel", "MI_APOYO")),
                edit("captura fuera del periodo", 422, "CAPTURA_FUERA_DE_PERIODO",
                        j -> j.put("capturedAt", "2019-05-01T12:00:00Z")),
                edit("captura en el futuro", 422, "CAPTURA_EN_EL_FUTURO",
                        j -> j.put("capturedAt", Instant.now().plus(Duration.ofDays(1)).toString())),
                edit("imagen que no es base64", 400, "IMAGEN_NO_BASE64",
                        j -> ((ObjectNode) j.get("images")).put("reverso", "esto no es base64!")),
                edit("imagen que no es JPEG ni PNG", 415, "IMAGEN_NO_ES_JPEG_PNG",
                        j -> ((ObjectNode) j.get("images")).put("firma",
                                Base64.getEncoder().encodeToString("%PDF-1.4 no es una imagen".getBytes()))),
                edit("imagen de 20000 × 20000 píxeles en 316 bytes", 413, "IMAGEN_DEMASIADOS_PIXELES",
                        j -> ((ObjectNode) j.get("images")).put("anverso",
                                Base64.getEncoder().encodeToString(pixelBomb(20_000, 20_000)))),
                edit("imagen demasiado grande", 413, "IMAGEN_DEMASIADO_GRANDE",
                        j -> ((ObjectNode) j.get("images")).put("anverso", bigJpeg(3 * 1024 * 1024))),
                edit("solicitud demasiado grande", 413, "SOLICITUD_DEMASIADO_GRANDE",
                        j -> j.put("relleno", "x".repeat(13 * 1024 * 1024))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedWithACodeAndASpanishMessageAndStoresNothing(BadCase bad) {
        long refusals = refusalsCoded(bad.code());

        HttpResponse<String> response = postRaw(bad.body().apply(fixture), bad.contentType());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
        assertThat(body(response).get("code").asText()).isEqualTo(bad.code());
        assertThat(body(response).get("message").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(recordsOfActor()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from captacion.record_status_history where actor_id = ?",
                Long.class, fixture.actorId())).isZero();
        assertThat(refusalsCoded(bad.code())).as("evidence for annex B").isEqualTo(refusals + 1);
    }

    @Test
    void anUnknownRecordIdIsNotFound() {
        HttpResponse<String> response = get("/api/v1/records/" + UUID.randomUUID(), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).get("code").asText()).isEqualTo("REGISTRO_NO_ENCONTRADO");
    }

    // --- who may resend and look up -----------------------------------------------------------

    @Test
    void anotherSendersResendOfASubmissionIdLearnsNothingOfItsRecord() throws Exception {
        RecordSubmission first = submission(fixture);
        UUID recordId = accepted(first);
        Fixture other = otherActorIn(fixture);
        RecordSubmission theirs = SUBMISSIONS.next(other.processCode(), other.folio(), null, clock.instant().minusSeconds(60));
        RecordSubmission s = theirs;

        // as in the issue: the other actor's folio, channel MI_APOYO, no token
        HttpResponse<String> miApoyo = postRaw(json.writeValueAsString(new RecordSubmission(first.submissionId(),
                s.processCode(), s.actorFolio(), null, CaptureChannel.MI_APOYO, s.capturedAt(), s.location(),
                s.citizen(), s.images())), "application/json", null);
        // the same actor and auxiliar, without the token / with a forged one
        HttpResponse<String> noToken = postRaw(json.writeValueAsString(first), "application/json", null);
        HttpResponse<String> forged = postRaw(json.writeValueAsString(first), "application/json", UUID.randomUUID().toString());
        // another auxiliar, with its own valid token
        RecordSubmission byOther = new RecordSubmission(first.submissionId(), other.processCode(), other.folio(),
                other.activeAuxiliar(), CaptureChannel.AUXILIAR, s.capturedAt(), s.location(), s.citizen(), s.images());
        HttpResponse<String> otherAuxiliar = postRecord(byOther);

        assertThat(List.of(miApoyo, noToken, forged, otherAuxiliar)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isGreaterThanOrEqualTo(400).isLessThan(500);
            assertThat(answer.body()).doesNotContain(recordId.toString()).doesNotContain("EN_PROCESAMIENTO")
                    .doesNotContain("EN_MESA_DE_CONTROL");
        });
        assertThat(body(noToken).get("code").asText()).isEqualTo("TOKEN_FALTANTE");
        assertThat(body(forged).get("code").asText()).isEqualTo("AUXILIAR_IDENTIFICADO_INCORRECTAMENTE");
        assertThat(body(miApoyo).get("code").asText()).isEqualTo("ENVIO_YA_USADO");
        assertThat(body(otherAuxiliar).get("code").asText()).isEqualTo("ENVIO_YA_USADO");
        assertThat(recordsOfActor()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from captacion.citizen_record where actor_id = ?", Long.class,
                other.actorId())).isZero();
    }

    @Test
    void aMiApoyoResendIsRecognisedOnlyWithTheSameCitizensCheck() throws Exception {
        RecordSubmission sent = SUBMISSIONS.next(fixture.processCode(), fixture.folio(), null,
                clock.instant().minusSeconds(30));
        HttpResponse<String> first = postRecord(sent);
        assertThat(first.statusCode()).isEqualTo(202);
        RecordSubmission.Citizen c = SUBMISSIONS.next(fixture.processCode(), fixture.folio(), null,
                clock.instant()).citizen();
        RecordSubmission anotherCitizen = new RecordSubmission(sent.submissionId(), sent.processCode(),
                sent.actorFolio(), null, CaptureChannel.MI_APOYO, sent.capturedAt(), sent.location(), c, sent.images());

        HttpResponse<String> resent = postRecord(sent);
        HttpResponse<String> guessed = postRecord(anotherCitizen);

        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(body(resent).get("receiptCode").asText()).isEqualTo(body(first).get("receiptCode").asText());
        assertThat(guessed.statusCode()).isEqualTo(409);
        assertThat(body(guessed).get("code").asText()).isEqualTo("ENVIO_YA_USADO");
        assertThat(guessed.body()).doesNotContain(body(first).get("recordId").asText())
                .doesNotContain(body(first).get("receiptCode").asText());
        assertThat(recordsOfActor()).isEqualTo(1);
    }

    @Test
    void aRecordsStatusIsAnsweredOnlyToItsAuxiliarsDevice() {
        UUID recordId = accepted(submission(fixture));
        UUID miApoyo = accepted(SUBMISSIONS.next(fixture.processCode(), fixture.folio(), null,
                clock.instant().minusSeconds(30)));
        Fixture other = otherActorIn(fixture);

        HttpResponse<String> own = getRecord(recordId, deviceToken(fixture.activeAuxiliar()));
        HttpResponse<String> anonymous = getRecord(recordId, null);
        HttpResponse<String> othersDevice = getRecord(recordId, deviceToken(other.activeAuxiliar()));
        HttpResponse<String> ofMiApoyo = getRecord(miApoyo, deviceToken(fixture.activeAuxiliar()));
        HttpResponse<String> unknown = getRecord(UUID.randomUUID(), deviceToken(fixture.activeAuxiliar()));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(body(own).get("recordId").asText()).isEqualTo(recordId.toString());
        for (HttpResponse<String> refused : List.of(anonymous, othersDevice, ofMiApoyo, unknown)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
            assertThat(body(refused).get("code").asText()).isEqualTo("REGISTRO_NO_ENCONTRADO");
            // a problem detail and nothing of the record (its status, its id's owner)
            assertThat(body(refused).fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("type", "title", "status", "detail", "code", "message");
        }
    }

    // --- the database away ----------------------------------------------------------------------

    @Test
    void whileTheDatabaseRefusesConnectionsASubmissionIsAnswered503WithRetryAfter() throws Exception {
        RecordSubmission submission = submission(fixture);
        HttpResponse<String> response;
        try (DatabaseAway away = DatabaseAway.now(dataSource)) {
            response = postRecord(submission);
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(body(response).get("code").asText()).isEqualTo("SERVICIO_NO_DISPONIBLE");
        assertThat(body(response).get("message").asText()).contains("no se guardó");
        // the app retries with the same submission and it is stored once
        assertThat(postRecord(submission).statusCode()).isEqualTo(202);
        assertThat(recordsOfActor()).isEqualTo(1);
    }

    private HttpResponse<String> getRecord(UUID recordId, String deviceToken) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                uri("/api/v1/records/" + recordId)).GET();
        if (deviceToken != null) {
            request.header("X-Device-Token", deviceToken);
        }
        return send(request.build());
    }

    private long refusalsCoded(String code) {
        return jdbc.queryForObject("select count(*) from captacion.record_refusal where code = ?", Long.class, code);
    }

    /** A PNG whose header declares the size, with no pixel data: enough for reception to read its size. */
    static byte[] pixelBomb(int width, int height) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[259]); // 316 bytes in all, as in the issue
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        png.writeBytes(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private long recordsOfActor() {
        return jdbc.queryForObject("select count(*) from captacion.citizen_record where actor_id = ?", Long.class,
                fixture.actorId());
    }

    private static Arguments bad(String name, int status, String code, Function<Fixture, String> body, String type) {
        return Arguments.of(new BadCase(name, status, code, body, type));
    }

    /** A valid submission with one edit; placeholders stand for ids only known once the fixture exists. */
    private static Arguments edit(String name, int status, String code, java.util.function.Consumer<ObjectNode> change) {
        return bad(name, status, code, fixture -> Holder.edited(fixture, change), "application/json");
    }

    private static String bigJpeg(int bytes) {
        byte[] data = new byte[bytes];
        data[0] = (byte) 0xFF;
        data[1] = (byte) 0xD8;
        data[2] = (byte) 0xFF;
        return Base64.getEncoder().encodeToString(data);
    }

    /** Builds the edited JSON; the other process and actor are created once, on first use. */
    static final class Holder {
        static RecordReceptionIT current;

        static String edited(Fixture f, java.util.function.Consumer<ObjectNode> change) {
            try {
                ObjectNode node = current.json.valueToTree(current.submission(f));
                change.accept(node);
                String text = current.json.writeValueAsString(node);
                if (text.contains("__OTHER_")) {
                    Fixture other = current.newFixture();
                    text = text.replace("__OTHER_PROCESS__", other.processCode())
                            .replace("__OTHER_AUXILIAR__", other.activeAuxiliar());
                }
                return text.replace("__BAJA__", f.bajaAuxiliar()).replace("__SIN_REGISTRO__", f.unregisteredAuxiliar());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void exposeForCases() {
        Holder.current = this;
    }
}
