package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.IntegrationTestBase;

/**
 * The records as the compulsa takes them into batches: only those waiting for it and in no batch,
 * the longest waiting first, and never one record in two batches, even when two batches are taken at
 * once (two nodes' ticks, or an operator's "send now" during a tick).
 */
class RecordsForCompulsaIT extends IntegrationTestBase {

    @Autowired
    private RecordsForCompulsa forCompulsa;
    @Autowired
    private PlatformTransactionManager transactions;

    private Fixture fixture;
    private long processId;
    private final List<Long> batchesMade = new ArrayList<>();

    @BeforeEach
    void actorWithReviewer() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        processId = processes.findByCode(fixture.processCode()).orElseThrow().getId();
    }

    /** The batches' records go back to waiting and the batches away, so no other test sends or lists them. */
    @AfterEach
    void dropBatches() {
        for (long batch : batchesMade) {
            forCompulsa.release(batch);
            jdbc.update("delete from captacion.compulsa_batch where id = ?", batch);
        }
    }

    /** A batch's row, as the compulsa inserts it before it takes the records (the records point to it). */
    private long newBatch() {
        long id = jdbc.queryForObject("""
                insert into captacion.compulsa_batch (process_id, endpoint, record_count, sent_at)
                values (?, 'ARCHIVO', 0, now()) returning id""", Long.class, processId);
        batchesMade.add(id);
        return id;
    }

    private UUID waitingRecord() {
        return paraCompulsa(submission(fixture, SUBMISSIONS.nextCitizen(), clock.instant().minusSeconds(60)));
    }

    private int takeInOwnTransaction(long batch, int limit) {
        return new TransactionTemplate(transactions).execute(status -> forCompulsa.take(batch, processId, limit));
    }

    @Test
    void onlyRecordsWaitingForTheCompulsaAndInNoBatchAreTakenTheLongestWaitingFirst() {
        UUID first = waitingRecord();
        UUID second = waitingRecord();
        UUID atTheDesk = accepted(submission(fixture));
        awaitStatus(atTheDesk, "EN_MESA_DE_CONTROL");
        long batch = newBatch();

        assertThat(takeInOwnTransaction(batch, 1)).isEqualTo(1);
        assertThat(forCompulsa.batchOf(new RecordId(first))).contains(batch);
        assertThat(forCompulsa.batchOf(new RecordId(second))).isEmpty();

        // the record at the control desk is not taken, and the one already in the batch not again
        assertThat(takeInOwnTransaction(batch, 10)).isEqualTo(1);
        assertThat(forCompulsa.batchOf(new RecordId(atTheDesk))).isEmpty();
        // in PostgreSQL's uuid order, the bytes' (as the text's), not UUID.compareTo's signed halves
        assertThat(forCompulsa.waitingIn(batch)).extracting(RecordsForCompulsa.Waiting::recordId)
                .containsExactlyElementsOf(
                        List.of(first, second).stream().sorted(Comparator.comparing(UUID::toString)).map(RecordId::new).toList());
        assertThat(forCompulsa.waitingPerBatch(List.of(batch))).isEqualTo(Map.of(batch, 2));
        assertThat(forCompulsa.waitingPerBatch()).containsEntry(batch, 2);
        assertThat(takeInOwnTransaction(newBatch(), 10)).isZero();

        assertThat(forCompulsa.release(batch)).isEqualTo(2);
        assertThat(forCompulsa.batchOf(new RecordId(first))).isEmpty();
        assertThat(forCompulsa.waitingPerBatch(List.of(batch))).isEmpty();
    }

    /**
     * The second taker reads the same records as waiting, waits for the first one's row locks and, once
     * the first commits, finds them in its batch: it takes none rather than take them over.
     */
    @Test
    void twoBatchesTakenAtOnceNeverShareARecord() throws Exception {
        List<UUID> records = List.of(waitingRecord(), waitingRecord(), waitingRecord());
        long firstBatch = newBatch();
        long secondBatch = newBatch();
        CountDownLatch firstTook = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> {
                    int taken = forCompulsa.take(firstBatch, processId, 10);
                    firstTook.countDown();
                    try {
                        commitFirst.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return taken;
                }));
        assertThat(firstTook.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> takeInOwnTransaction(secondBatch, 10));
        awaitATakerWaitingForALock();
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(records).allSatisfy(r -> assertThat(forCompulsa.batchOf(new RecordId(r))).isEqualTo(Optional.of(firstBatch)));
        assertThat(forCompulsa.waitingIn(secondBatch)).isEmpty();
    }

    /** The second taker's statement blocked on the first one's rows, seen by PostgreSQL itself. */
    private void awaitATakerWaitingForALock() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'
                      and query like 'update captacion.citizen_record set compulsa_batch_id%'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("El segundo lote nunca esperó los registros del primero");
    }
}
