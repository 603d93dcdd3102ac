package mx.captacion.compulsa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.records.ApplyingCompulsaAnswer.Outcome;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/** Both compulsa endpoints for real: the imported roll, and batch/answer files in real folders. */
class CompulsaIT extends IntegrationTestBase {

    private static final Path OUTBOX = Path.of("target/test-compulsa/salida");
    static final Path INBOX = Path.of("target/test-compulsa/entrada");

    @Autowired
    private ElectoralRoll roll;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private CompulsaAnswers answers;

    private Fixture fixture;

    @BeforeEach
    void actorWithReviewer() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
    }

    /** The history every report reads follows each status these scenarios changed. */
    @AfterEach
    void everyStatusHasItsHistory() {
        assertEveryStatusHasItsHistory();
    }

    /**
     * A citizen in the roll with this status (null: absent from it), and their record waiting for the
     * compulsa. The synthetic citizens repeat from run to run, so an absent one is removed.
     */
    private UUID waitingRecord(SyntheticCitizen citizen, RegistralStatus inRoll) {
        if (inRoll != null) {
            roll.put(citizen.inRoll(inRoll));
        } else {
            jdbc.update("delete from captacion.electoral_roll where clave_elector = ?", citizen.claveElector());
        }
        return paraCompulsa(submission(fixture, citizen, clock.instant().minusSeconds(60)));
    }

    private String registralStatusOf(UUID record) {
        return jdbc.queryForObject("select registral_status from captacion.citizen_record where id = ?", String.class,
                record);
    }

    private long waitingInstances(UUID record) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(record.toString()).count();
    }

    private List<String> problemsAbout(String ref) {
        return jdbc.queryForList("select code from captacion.compulsa_problem where record_ref = ? order by id",
                String.class, ref);
    }

    @Test
    void theImportedRollSettlesEachRecordWithItsRegistralStatus() {
        UUID inRoll = waitingRecord(SUBMISSIONS.nextCitizen(), RegistralStatus.EN_LISTA_NOMINAL);
        UUID deceased = waitingRecord(SUBMISSIONS.nextCitizen(), RegistralStatus.BAJA_POR_DEFUNCION);
        UUID suspended = waitingRecord(SUBMISSIONS.nextCitizen(), RegistralStatus.SUSPENSION_DE_DERECHOS_POLITICOS);
        UUID absent = waitingRecord(SUBMISSIONS.nextCitizen(), null);
        SyntheticCitizen other = SUBMISSIONS.nextCitizen();
        RollEntry listed = other.inRoll(RegistralStatus.EN_LISTA_NOMINAL);
        roll.put(new RollEntry(listed.claveElector(), listed.nombre(), listed.apellidoPaterno(), listed.apellidoMaterno(),
                listed.fechaNacimiento().minusDays(1), listed.sexo(), listed.entidad(), listed.seccion(),
                listed.registralStatus()));
        UUID mismatch = paraCompulsa(submission(fixture, other, clock.instant().minusSeconds(60)));

        JsonNode sent = compulsa(fixture, "local");

        assertThat(sent.get("registros").asInt()).isEqualTo(5);
        assertThat(statusOf(inRoll)).isEqualTo("VALIDO");
        assertThat(registralStatusOf(inRoll)).isEqualTo("EN_LISTA_NOMINAL");
        assertThat(Map.of(deceased, registralStatusOf(deceased), suspended, registralStatusOf(suspended),
                absent, registralStatusOf(absent), mismatch, registralStatusOf(mismatch))).containsExactlyInAnyOrderEntriesOf(
                Map.of(deceased, "BAJA_POR_DEFUNCION", suspended, "SUSPENSION_DE_DERECHOS_POLITICOS",
                        absent, "NO_ENCONTRADO", mismatch, "DATOS_NO_COINCIDEN"));
        for (UUID notValid : List.of(deceased, suspended, absent, mismatch)) {
            assertThat(statusOf(notValid)).isEqualTo("NO_VALIDO");
        }
        // each record's process got its CompulsaResult and ended
        for (UUID record : List.of(inRoll, deceased, suspended, absent, mismatch)) {
            assertThat(waitingInstances(record)).isZero();
        }
        // the history holds the answer, so a report at a cut-off can tell the statuses apart
        assertThat(jdbc.queryForObject("""
                select registral_status from captacion.record_status_history
                where record_id = ? and valid_to is null and status = 'NO_VALIDO'""", String.class, deceased))
                .isEqualTo("BAJA_POR_DEFUNCION");
        assertThat(jdbc.queryForList("select status from captacion.record_status_history where record_id = ? order by id",
                String.class, inRoll)).endsWith("PARA_COMPULSA", "VALIDO");
        JsonNode batch = body(get("/api/v1/compulsa/lotes", ANALYST)).get(0);
        assertThat(batch.get("id").asLong()).isEqualTo(sent.get("lote").asLong());
        assertThat(batch.get("answeredCount").asInt()).isEqualTo(5);
        assertThat(batch.get("answeredAt").isNull()).isFalse();
        assertThat(portal(ANALYST).get("/compulsa").body()).contains("id=\"lote-" + sent.get("lote").asLong() + "\"");

        // nothing left: a second send answers that nothing waits
        assertThat(body(postJson("/api/v1/compulsa/lotes", ANALYST, Map.of("proceso", fixture.processCode())))
                .get("registros").asInt()).isZero();
    }

    @Test
    void aResentAnswerChangesNothingAndAContradictionOrAnUnknownRecordIsReported() {
        UUID record = waitingRecord(SUBMISSIONS.nextCitizen(), RegistralStatus.EN_LISTA_NOMINAL);
        compulsa(fixture, "local");
        assertThat(statusOf(record)).isEqualTo("VALIDO");
        int history = historyRows(record);

        assertThat(answers.apply(new CompulsaAnswer("prueba", 2L, record.toString(), RegistralStatus.EN_LISTA_NOMINAL)))
                .contains(Outcome.REPETIDA);
        assertThat(answers.apply(new CompulsaAnswer("prueba", 3L, record.toString(), RegistralStatus.BAJA_POR_DEFUNCION)))
                .contains(Outcome.CONTRADICTORIA);
        String unknown = UUID.randomUUID().toString();
        assertThat(answers.apply(new CompulsaAnswer("prueba", 4L, unknown, RegistralStatus.EN_LISTA_NOMINAL)))
                .contains(Outcome.REGISTRO_DESCONOCIDO);

        assertThat(statusOf(record)).isEqualTo("VALIDO");
        assertThat(historyRows(record)).isEqualTo(history);
        assertThat(problemsAbout(record.toString())).containsExactly("CONTRADICTORIA");
        assertThat(problemsAbout(unknown)).containsExactly("REGISTRO_DESCONOCIDO");
        assertThat(body(get("/api/v1/compulsa/problemas", ANALYST)).findValuesAsText("recordRef")).contains(unknown);
    }

    private int historyRows(UUID record) {
        return jdbc.queryForObject("select count(*) from captacion.record_status_history where record_id = ?",
                Integer.class, record);
    }

    @Test
    void theDerfeFileExchangeWritesTheBatchAndAppliesItsAnswerFileOnce() throws IOException {
        UUID valid = waitingRecord(SUBMISSIONS.nextCitizen(), null);
        UUID deceased = waitingRecord(SUBMISSIONS.nextCitizen(), null);

        JsonNode sent = compulsa(fixture, "archivo");
        assertThat(sent.get("destino").asText()).isEqualTo("archivo");
        Path batchFile = OUTBOX.resolve("compulsa-lote-" + sent.get("lote").asLong() + ".csv");
        List<String> lines = Files.readAllLines(batchFile, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "registro,clave_elector,nombre,apellido_paterno,apellido_materno,fecha_nacimiento,sexo,entidad,seccion");
        assertThat(lines).hasSize(3).anySatisfy(l -> assertThat(l).startsWith(valid + ","))
                .anySatisfy(l -> assertThat(l).startsWith(deceased + ","));
        // sent, not answered: the records wait at the message
        assertThat(statusOf(valid)).isEqualTo("PARA_COMPULSA");
        assertThat(waitingInstances(valid)).isOne();

        String unknown = UUID.randomUUID().toString();
        String answer = """
                registro,situacion_registral
                %s,EN_LISTA_NOMINAL
                %s,baja_por_defuncion
                %s,EN_LISTA_NOMINAL
                %s,VIGENTE
                """.formatted(valid, deceased, unknown, valid);
        // a name of this run only: target/ may hold files of runs against a database since recreated
        String answerFile = "respuesta-" + sent.get("lote").asLong() + "-" + UUID.randomUUID() + ".csv";
        drop(answer, answerFile);

        awaitStatus(valid, "VALIDO");
        awaitStatus(deceased, "NO_VALIDO");
        assertThat(registralStatusOf(deceased)).isEqualTo("BAJA_POR_DEFUNCION");
        assertThat(waitingInstances(valid)).isZero();
        awaitProblems(unknown, 1);
        assertThat(problemsAbout(unknown)).containsExactly("REGISTRO_DESCONOCIDO");
        assertThat(problemsAbout(valid.toString())).containsExactly("SITUACION_INVALIDA");
        JsonNode reported = body(get("/api/v1/compulsa/problemas", ANALYST));
        assertThat(reported.findValues("lineNumber").stream().map(JsonNode::asInt)).contains(4, 5);

        // the DERFE sends the same file again: nothing changes, nothing contradicts
        int history = historyRows(valid);
        drop(answer, answerFile);
        awaitProblems(unknown, 2);
        // the same line of the same file again: counted on its problem, not listed twice
        assertThat(problemsAbout(unknown)).containsExactly("REGISTRO_DESCONOCIDO");
        assertThat(statusOf(valid)).isEqualTo("VALIDO");
        assertThat(historyRows(valid)).isEqualTo(history);
        assertThat(problemsAbout(valid.toString())).doesNotContain("CONTRADICTORIA");
        try (Stream<Path> done = Files.list(INBOX.resolve("procesados"))) {
            assertThat(done.map(p -> p.getFileName().toString()))
                    .filteredOn(n -> n.endsWith(answerFile)).hasSize(2);
        }
    }

    @Test
    void anAnswerFileWithoutItsColumnsIsReportedWholeAndSetAside() throws IOException {
        String name = "sin-encabezado-" + UUID.randomUUID() + ".csv";
        drop("id,estatus\n" + UUID.randomUUID() + ",EN_LISTA_NOMINAL\n", name);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (problemsFrom("Archivo " + name).isEmpty() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        assertThat(problemsFrom("Archivo " + name)).containsExactly("ARCHIVO_INVALIDO");
    }

    private List<String> problemsFrom(String source) {
        return jdbc.queryForList("select code from captacion.compulsa_problem where source = ?", String.class, source);
    }

    /** Written aside and moved in, as the DERFE (or an SFTP client) should: the route never reads half a file. */
    static void drop(String content, String name) throws IOException {
        Files.createDirectories(INBOX);
        Path part = Files.createTempFile(INBOX.getParent(), name, ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, INBOX.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the problems about a record were reported {@code times} times in all. */
    private void awaitProblems(String ref, int times) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (timesReported(ref) < times && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        assertThat(timesReported(ref)).isEqualTo(times);
    }

    private int timesReported(String ref) {
        return jdbc.queryForObject("select coalesce(sum(times), 0) from captacion.compulsa_problem where record_ref = ?",
                Integer.class, ref);
    }

    @Test
    void doubleAffiliationTheMostRecentCaptureCountsWhicheverIsAnsweredFirst() {
        Fixture other = otherActorIn(fixture);
        Instant earlier = clock.instant().minusSeconds(3600);
        Instant later = clock.instant().minusSeconds(60);

        // older record answered first: valid, until the newer one for another actor is answered
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();
        roll.put(citizen.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        UUID older = paraCompulsa(submission(fixture, citizen, earlier));
        compulsa(fixture, "local");
        assertThat(statusOf(older)).isEqualTo("VALIDO");
        UUID newer = paraCompulsa(submission(other, citizen, later));
        compulsa(other, "local");
        assertThat(statusOf(newer)).isEqualTo("VALIDO");
        assertThat(statusOf(older)).isEqualTo("NO_VALIDO");
        assertThat(registralStatusOf(older)).isEqualTo("AFILIADO_A_OTRO_ACTOR");
        assertThat(jdbc.queryForList("select status from captacion.record_status_history where record_id = ? order by id",
                String.class, older)).endsWith("VALIDO", "NO_VALIDO");

        // newer record answered first: the older one never counts
        SyntheticCitizen second = SUBMISSIONS.nextCitizen();
        roll.put(second.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        UUID secondNewer = paraCompulsa(submission(other, second, later));
        compulsa(other, "local");
        UUID secondOlder = paraCompulsa(submission(fixture, second, earlier));
        compulsa(fixture, "local");
        assertThat(statusOf(secondNewer)).isEqualTo("VALIDO");
        assertThat(statusOf(secondOlder)).isEqualTo("NO_VALIDO");
        assertThat(registralStatusOf(secondOlder)).isEqualTo("AFILIADO_A_OTRO_ACTOR");
        assertThat(waitingInstances(secondOlder)).isZero();
    }

    @Test
    void badRequestsAreRefusedInSpanish() {
        var badEndpoint = postJson("/api/v1/compulsa/lotes", ANALYST, Map.of("destino", "fax"));
        assertThat(badEndpoint.statusCode()).isEqualTo(400);
        assertThat(body(badEndpoint).get("code").asText()).isEqualTo("DESTINO_INVALIDO");
        var badProcess = postJson("/api/v1/compulsa/lotes", ANALYST, Map.of("proceso", "NO-EXISTE-" + UUID.randomUUID()));
        assertThat(badProcess.statusCode()).isEqualTo(404);
        assertThat(body(badProcess).get("message").asText()).contains("No existe el proceso");
        var badBatch = postJson("/api/v1/compulsa/lotes/999999999/liberar", ANALYST, Map.of());
        assertThat(badBatch.statusCode()).isEqualTo(404);
        assertThat(body(badBatch).get("code").asText()).isEqualTo("LOTE_NO_ENCONTRADO");
        ensureUser("solo.revisor.it", "mesa-control");
        assertThat(get("/api/v1/compulsa/lotes", "solo.revisor.it").statusCode()).isEqualTo(403);
    }
}
