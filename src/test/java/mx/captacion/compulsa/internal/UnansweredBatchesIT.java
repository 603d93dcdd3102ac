package mx.captacion.compulsa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.PlatformClock;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/**
 * Batches nobody has to notice: a local batch left half-answered (the platform stopped, an answer
 * failed) is checked again once its wait is over; a DERFE batch without its answer becomes overdue
 * and stays where it is.
 */
class UnansweredBatchesIT extends IntegrationTestBase {

    /** captacion.compulsa.local.resume-after and captacion.compulsa.file.answer-due, as configured. */
    private static final Duration RESUME_AFTER = Duration.ofMinutes(5);
    private static final Duration ANSWER_DUE = Duration.ofDays(2);

    @Autowired
    private ElectoralRoll roll;
    @Autowired
    private CompulsaBatches batches;
    @Autowired
    private LocalRollCompulsa localRoll;
    @Autowired
    private CompulsaAnswers answers;
    @Autowired
    private ProducerTemplate producer;
    @Autowired
    private PlatformClock platformClock;

    private Fixture fixture;

    @BeforeEach
    void actorWithReviewer() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
    }

    private UUID waitingRecordInRoll() {
        var citizen = SUBMISSIONS.nextCitizen();
        roll.put(citizen.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        return paraCompulsa(submission(fixture, citizen, clock.instant().minusSeconds(60)));
    }

    /** One tick of the route compulsa-unanswered, at an instant of this thread's clock (the route runs on it). */
    private void tickAt(Instant instant) {
        platformClock.runAt(instant, () -> producer.sendBody("direct:compulsa-unanswered", null));
    }

    private JsonNode batchInApi(long id) {
        for (JsonNode b : body(get("/api/v1/compulsa/lotes", ANALYST))) {
            if (b.get("id").asLong() == id) {
                return b;
            }
        }
        throw new AssertionError("El lote " + id + " no está en el listado");
    }

    private Long batchOf(UUID record) {
        return jdbc.queryForObject("select compulsa_batch_id from captacion.citizen_record where id = ?", Long.class,
                record);
    }

    /**
     * Runs the action while the database refuses to settle one record (a trigger fails the update that
     * would take it out of PARA_COMPULSA), as a lost connection or a broken constraint would.
     */
    private <T> T whileTheDatabaseRefusesTheAnswerOf(UUID record, Supplier<T> action) {
        String trigger = "it_compulsa_falla_" + Long.toHexString(System.nanoTime());
        jdbc.execute("""
                create function captacion.%1$s() returns trigger language plpgsql as $$
                begin
                  if new.id = '%2$s' and new.status <> 'PARA_COMPULSA' then
                    raise exception 'fallo de prueba: la base rechaza la respuesta';
                  end if;
                  return new;
                end $$""".formatted(trigger, record));
        try {
            jdbc.execute(("create trigger %1$s before update on captacion.citizen_record for each row "
                    + "execute function captacion.%1$s()").formatted(trigger));
            return action.get();
        } finally {
            jdbc.execute("drop trigger if exists %1$s on captacion.citizen_record".formatted(trigger));
            jdbc.execute("drop function if exists captacion.%1$s()".formatted(trigger));
        }
    }

    private List<JsonNode> problemsAbout(UUID record) {
        return body(get("/api/v1/compulsa/problemas", ANALYST)).findParents("recordRef").stream()
                .filter(p -> p.get("recordRef").asText().equals(record.toString())).toList();
    }

    @Test
    void aLocalBatchLeftHalfAnsweredIsCheckedAgainOnceItsWaitIsOver() {
        List<UUID> records = List.of(waitingRecordInRoll(), waitingRecordInRoll(), waitingRecordInRoll());
        // The batch is taken and its first answer applied, then the platform stops: the other answers never run.
        CompulsaBatch batch = batches.next("local", fixture.processCode());
        assertThat(batch.requests()).hasSize(3);
        Instant sent = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CompulsaAnswer first = localRoll.check(batch).get(0);
        answers.apply(first);
        List<UUID> unanswered = records.stream().filter(r -> !r.toString().equals(first.recordRef())).toList();
        assertThat(unanswered).hasSize(2).allSatisfy(r -> assertThat(statusOf(r)).isEqualTo("PARA_COMPULSA"));

        // before its wait is over the batch is left alone
        tickAt(sent.plus(RESUME_AFTER).minusSeconds(30));
        assertThat(unanswered).allSatisfy(r -> assertThat(statusOf(r)).isEqualTo("PARA_COMPULSA"));
        assertThat(batchInApi(batch.id()).get("resumedAt").isNull()).isTrue();

        Instant resumed = sent.plus(RESUME_AFTER).plusSeconds(30);
        tickAt(resumed);

        assertThat(records).allSatisfy(r -> assertThat(statusOf(r)).isEqualTo("VALIDO"));
        assertThat(records).allSatisfy(r -> assertThat(batchOf(r)).isEqualTo(batch.id()));
        JsonNode view = batchInApi(batch.id());
        assertThat(view.get("answeredCount").asInt()).isEqualTo(3);
        assertThat(view.get("pending").asInt()).isZero();
        assertThat(view.get("answeredAt").isNull()).isFalse();
        assertThat(view.get("resumedRecords").asInt()).isEqualTo(2);
        assertThat(Instant.parse(view.get("resumedAt").asText())).isEqualTo(resumed);
        // each record answered once: one VALIDO row in its history
        for (UUID r : records) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from captacion.record_status_history where record_id = ? and status = 'VALIDO'""",
                    Integer.class, r)).isOne();
        }
        assertThat(portal(ANALYST).get("/compulsa").body())
                .contains("Lote " + batch.id() + ": 2 registros sin respuesta se revisaron de nuevo");

        // nothing left to check: a later tick does not touch the batch again
        tickAt(resumed.plus(RESUME_AFTER.multipliedBy(2)));
        assertThat(Instant.parse(batchInApi(batch.id()).get("resumedAt").asText())).isEqualTo(resumed);
    }

    @Test
    void anAnswerThatFailsIsReportedTheRestOfTheBatchAppliesAndTheNextCheckAnswersIt() {
        List<UUID> records = List.of(waitingRecordInRoll(), waitingRecordInRoll(), waitingRecordInRoll());
        // the batch's first answer (records go in id order) is the one that fails, so two come after it
        UUID failing = records.stream().min(Comparator.comparing(UUID::toString)).orElseThrow();
        JsonNode sent = whileTheDatabaseRefusesTheAnswerOf(failing, () -> compulsa(fixture, "local"));

        assertThat(sent.get("registros").asInt()).isEqualTo(3);
        assertThat(records).filteredOn(r -> !r.equals(failing))
                .allSatisfy(r -> assertThat(statusOf(r)).isEqualTo("VALIDO"));
        assertThat(statusOf(failing)).isEqualTo("PARA_COMPULSA");
        assertThat(problemsAbout(failing)).singleElement().satisfies(p -> {
            assertThat(p.get("code").asText()).isEqualTo("ERROR_AL_APLICAR");
            assertThat(p.get("message").asText()).contains("sigue esperando la compulsa", "fallo de prueba");
        });
        long batchId = sent.get("lote").asLong();
        assertThat(batchInApi(batchId).get("pending").asInt()).isOne();

        // the fault lasts: the next check fails the same way and counts on the same problem
        Instant checkedAgain = clock.instant().plus(RESUME_AFTER).plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        whileTheDatabaseRefusesTheAnswerOf(failing, () -> {
            tickAt(checkedAgain);
            return null;
        });
        assertThat(statusOf(failing)).isEqualTo("PARA_COMPULSA");
        assertThat(problemsAbout(failing)).singleElement().satisfies(p -> {
            assertThat(p.get("times").asInt()).isEqualTo(2);
            assertThat(Instant.parse(p.get("lastReceivedAt").asText())).isEqualTo(checkedAgain);
            assertThat(Instant.parse(p.get("receivedAt").asText())).isBefore(checkedAgain);
        });

        // the fault is gone: the next check once the wait is over answers the record left behind
        tickAt(checkedAgain.plus(RESUME_AFTER).plusSeconds(30));
        assertThat(statusOf(failing)).isEqualTo("VALIDO");
        JsonNode view = batchInApi(batchId);
        assertThat(view.get("answeredCount").asInt()).isEqualTo(3);
        assertThat(view.get("resumedRecords").asInt()).isOne();
    }

    @Test
    void aDerfeBatchWithoutItsAnswerBecomesOverdueAndIsNeverSentAgainByItself() {
        UUID answered = waitingRecordInRoll();
        UUID waiting = waitingRecordInRoll();
        long batchId = compulsa(fixture, "archivo").get("lote").asLong();
        assertThat(answers.apply(new CompulsaAnswer("Archivo prueba.csv", 2L, answered.toString(),
                RegistralStatus.EN_LISTA_NOMINAL))).isPresent();
        assertThat(batchInApi(batchId).get("overdue").asBoolean()).isFalse();

        // test setup, not the behaviour under test: the batch went out just over two days ago
        jdbc.update("update captacion.compulsa_batch set sent_at = sent_at - interval '2 days 1 minute' where id = ?",
                batchId);
        Instant sentAt = jdbc.queryForObject("select sent_at from captacion.compulsa_batch where id = ?",
                Timestamp.class, batchId).toInstant();

        JsonNode view = batchInApi(batchId);
        assertThat(view.get("overdue").asBoolean()).isTrue();
        assertThat(Instant.parse(view.get("overdueSince").asText())).isEqualTo(sentAt.plus(ANSWER_DUE));
        assertThat(view.get("pending").asInt()).isOne();
        String page = portal(ANALYST).get("/compulsa").body();
        assertThat(page).contains("id=\"lotes-vencidos\"").contains("Vencido desde el");

        // the ticks log it once and leave its record in the batch: the DERFE may still answer
        tickAt(clock.instant());
        Instant logged = jdbc.queryForObject("select overdue_logged_at from captacion.compulsa_batch where id = ?",
                Timestamp.class, batchId).toInstant();
        tickAt(clock.instant().plus(RESUME_AFTER.multipliedBy(2)));
        assertThat(jdbc.queryForObject("select overdue_logged_at from captacion.compulsa_batch where id = ?",
                Timestamp.class, batchId).toInstant()).isEqualTo(logged);
        assertThat(statusOf(waiting)).isEqualTo("PARA_COMPULSA");
        assertThat(batchOf(waiting)).isEqualTo(batchId);
        assertThat(batchInApi(batchId).get("resumedAt").isNull()).isTrue();

        // the late answer still applies, and the batch is no longer overdue
        answers.apply(new CompulsaAnswer("Archivo tardio.csv", 2L, waiting.toString(), RegistralStatus.EN_LISTA_NOMINAL));
        assertThat(statusOf(waiting)).isEqualTo("VALIDO");
        assertThat(batchInApi(batchId).get("overdue").asBoolean()).isFalse();
        assertThat(batches.overdue()).extracting(CompulsaBatches.BatchView::id).doesNotContain(batchId);
    }

    @Test
    void anAnswerThatFailsInADerfeFileIsReportedWithItsLineAndTheFileIsStillRead() throws IOException {
        UUID failing = waitingRecordInRoll();
        UUID other = waitingRecordInRoll();
        long batchId = compulsa(fixture, "archivo").get("lote").asLong();
        // the failing record's line comes first, so the other one comes after the failure
        String answerFile = "respuesta-" + batchId + "-" + UUID.randomUUID() + ".csv";
        whileTheDatabaseRefusesTheAnswerOf(failing, () -> {
            try {
                CompulsaIT.drop("registro,situacion_registral\n%s,EN_LISTA_NOMINAL\n%s,EN_LISTA_NOMINAL\n"
                        .formatted(failing, other), answerFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            awaitStatus(other, "VALIDO");
            return null;
        });

        assertThat(statusOf(failing)).isEqualTo("PARA_COMPULSA");
        assertThat(problemsAbout(failing)).singleElement().satisfies(p -> {
            assertThat(p.get("code").asText()).isEqualTo("ERROR_AL_APLICAR");
            assertThat(p.get("lineNumber").asInt()).isEqualTo(2);
        });
        assertThat(batchInApi(batchId).get("pending").asInt()).isOne();
        // read, not refused: the file's other answers applied
        Path processed = CompulsaIT.INBOX.resolve("procesados");
        Instant deadline = Instant.now().plusSeconds(20);
        while (!movedTo(processed, answerFile) && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        assertThat(movedTo(processed, answerFile)).isTrue();
        assertThat(movedTo(CompulsaIT.INBOX.resolve("con-error"), answerFile)).isFalse();
    }

    private static boolean movedTo(Path folder, String name) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(name));
        } catch (IOException e) {
            return false;
        }
    }
}
