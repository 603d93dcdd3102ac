package mx.captacion.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.records.internal.IntakeQueue;

/**
 * The intake: takes received records in batches and starts each one's {@code citizen-record}
 * process, which runs the automated processing and the screening rules and stops at the control
 * desk (or ends, as a duplicate or an inconsistency) in the batch's one transaction. Driven by the
 * routes of {@code integration/intake.camel.yaml}.
 *
 * <p>A batch that fails is rolled back whole and its records are taken again one by one, so one bad
 * record never holds the others; a record that fails alone {@value IntakeQueue#MAX_ATTEMPTS} times
 * is held back and listed for operators ({@link #problems()}), never dropped.
 */
@Service
public class TakingInRecords {

    /** The Camel route group of the intake's routes; the seed's replay suspends it to take records itself. */
    public static final String ROUTE_GROUP = "record-intake";

    /** A record held back after failing, for operators: when it arrived, how often and why it failed last. */
    public record Problem(UUID recordId, Instant queuedAt, int attempts, String lastError, Instant failedAt) {
    }

    /** How many records wait for the intake, how many are held back, and the oldest arrival (null when none). */
    public record Backlog(long waiting, long heldBack, Instant oldest) {
    }

    private static final Logger log = LoggerFactory.getLogger(TakingInRecords.class);

    private final IntakeQueue queue;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TakingInRecords(IntakeQueue queue, RuntimeService runtime, TransactionTemplate transaction, Clock clock) {
        this.queue = queue;
        this.runtime = runtime;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Takes in up to {@code size} waiting records; answers how many it took (0: nothing waited). */
    public int takeBatch(int size) {
        List<UUID> claimed = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                claimed.addAll(queue.claim(size));
                claimed.forEach(this::start);
                queue.remove(claimed);
            });
        } catch (RuntimeException batchFailed) {
            if (claimed.isEmpty()) {
                throw batchFailed; // nothing claimed: the database itself failed (the route logs it and backs off)
            }
            log.warn("Ingreso: falló un lote de {} registros ({}); se toman uno por uno", claimed.size(),
                    batchFailed.toString());
            claimed.forEach(this::takeOne);
        }
        return claimed.size();
    }

    /**
     * Takes in one record now, in its own transaction, if it still waits and no other intake holds it;
     * a failure is counted on it (and after the last attempt it is held back). Answers whether it was taken.
     */
    public boolean takeAlone(RecordId record) {
        return takeOne(record.value());
    }

    private boolean takeOne(UUID recordId) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (!queue.claimOne(recordId)) {
                    return false;
                }
                start(recordId);
                queue.remove(List.of(recordId));
                return true;
            }));
        } catch (RuntimeException failed) {
            int attempts = transaction.execute(status -> queue.failed(recordId, failed.toString(), clock.instant()));
            if (attempts >= IntakeQueue.MAX_ATTEMPTS) {
                log.error("Ingreso: el registro {} falló {} veces y queda detenido hasta que un operador lo "
                        + "reintente (GET /api/v1/ingreso/problemas)", recordId, attempts, failed);
            } else {
                log.warn("Ingreso: el registro {} falló ({} de {} intentos): {}", recordId, attempts,
                        IntakeQueue.MAX_ATTEMPTS, failed.toString());
            }
            return false;
        }
    }

    /** Records held back after failing, for operators. */
    public List<Problem> problems() {
        return queue.problems();
    }

    /** Gives a held-back record its attempts again; the next batch takes it. False when it no longer waits. */
    public boolean retry(RecordId record) {
        return Boolean.TRUE.equals(transaction.execute(status -> queue.retry(record.value())));
    }

    public Backlog backlog() {
        return queue.backlog();
    }

    private void start(UUID recordId) {
        runtime.startProcessInstanceByKey(CitizenRecordProcess.KEY, recordId.toString(),
                Map.of(CitizenRecordProcess.VAR_RECORD_ID, recordId.toString()));
    }
}
