package mx.captacion.compulsa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorRejection;
import mx.captacion.records.RecordId;
import mx.captacion.records.RecordsForCompulsa;
import mx.captacion.roll.ElectoralRoll;

/**
 * The compulsa's batches: which records go out next, and how far each batch was answered. A
 * record belongs to one batch at most, so a record is never sent twice unless an operator
 * releases an unanswered batch.
 *
 * <p>Batches left unanswered are not left to a person's noticing: a local batch whose records still
 * wait {@code captacion.compulsa.local.resume-after} after its sending is checked again against
 * the roll ({@link #toResume}); a DERFE batch without its complete answer after
 * {@code captacion.compulsa.file.answer-due} is overdue — shown, logged once, never re-sent, since
 * the DERFE may still answer.
 */
@Component("compulsaBatches")
public class CompulsaBatches {

    /** Exchange headers of {@code direct:compulsa-send}: the endpoint's route name and the process's code (both optional). */
    public static final String HEADER_ENDPOINT = "compulsaEndpoint";
    public static final String HEADER_PROCESS = "compulsaProcess";

    private static final Logger log = LoggerFactory.getLogger(CompulsaBatches.class);

    /**
     * A batch as INE staff follow it. {@code resumedAt}/{@code resumedRecords}: when its unanswered
     * records were last checked again (local batches), and how many. {@code overdue}: a DERFE batch
     * still without its complete answer since {@code overdueSince}.
     */
    public record BatchView(long id, String processCode, String endpoint, int recordCount, int answeredCount,
                            int pending, Instant sentAt, Instant answeredAt, Instant resumedAt, int resumedRecords,
                            boolean overdue, Instant overdueSince) {

        public boolean complete() {
            return answeredCount >= recordCount;
        }
    }

    private static final String BATCH_VIEW = """
            select b.*, p.code
            from captacion.compulsa_batch b join captacion.capture_process p on p.id = b.process_id
            """;

    private static final RowMapper<BatchRow> BATCH = (rs, n) -> new BatchRow(rs.getLong("id"), rs.getString("code"),
            CompulsaEndpoint.valueOf(rs.getString("endpoint")), rs.getInt("record_count"), rs.getInt("answered_count"),
            rs.getTimestamp("sent_at").toInstant(), instant(rs, "answered_at"), instant(rs, "resumed_at"),
            rs.getInt("resumed_records"));

    private final JdbcTemplate jdbc;
    private final RecordsForCompulsa records;
    private final ElectoralRoll roll;
    private final Clock clock;
    private final CompulsaEndpoint defaultEndpoint;
    private final int batchSize;
    private final Duration resumeAfter;
    private final Duration answerDue;

    CompulsaBatches(JdbcTemplate jdbc, RecordsForCompulsa records, ElectoralRoll roll, Clock clock,
                    CompulsaSettings settings) {
        this.jdbc = jdbc;
        this.records = records;
        this.roll = roll;
        this.clock = clock;
        this.defaultEndpoint = CompulsaEndpoint.byRouteName(settings.endpoint()).orElseThrow(); // checked by the settings
        this.batchSize = settings.batchSize();
        this.resumeAfter = settings.local().resumeAfter();
        this.answerDue = settings.file().answerDue();
    }

    /** How long a DERFE batch may wait for its complete answer before it is overdue. */
    public Duration answerDue() {
        return answerDue;
    }

    public CompulsaEndpoint defaultEndpoint() {
        return defaultEndpoint;
    }

    /**
     * Takes the next batch: up to batch-size records of one process (the given one, else the one whose
     * records wait longest) that wait for the compulsa and were never sent. Null when none waits, or
     * when the local endpoint has no lista nominal to check against (nobody can be judged absent from
     * an empty roll). Camel's filter stops at a null.
     */
    @Transactional
    public CompulsaBatch next(@Header(HEADER_ENDPOINT) String endpointName, @Header(HEADER_PROCESS) String processCode) {
        CompulsaEndpoint endpoint = endpointName == null || endpointName.isBlank() ? defaultEndpoint
                : CompulsaEndpoint.byRouteName(endpointName).orElseThrow(() -> CompulsaRejection.ENDPOINT_INVALIDO.problem(endpointName));
        if (endpoint == CompulsaEndpoint.LOCAL && !roll.isLoaded()) {
            log.warn("Compulsa local en espera: no se ha importado ninguna lista nominal");
            return null;
        }
        Long processId = processCode == null || processCode.isBlank() ? records.longestWaitingProcess().orElse(null)
                : processId(processCode);
        if (processId == null) {
            return null;
        }
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("""
                    insert into captacion.compulsa_batch (process_id, endpoint, record_count, sent_at)
                    values (?, ?, 0, ?)""", new String[] {"id"});
            s.setLong(1, processId);
            s.setString(2, endpoint.name());
            s.setTimestamp(3, Timestamp.from(now));
            return s;
        }, key);
        long batchId = key.getKey().longValue();
        // a concurrent batch that took a record first keeps it (RecordsForCompulsa.take)
        int taken = records.take(batchId, processId, batchSize);
        if (taken == 0) {
            jdbc.update("delete from captacion.compulsa_batch where id = ?", batchId);
            return null;
        }
        jdbc.update("update captacion.compulsa_batch set record_count = ? where id = ?", taken, batchId);
        List<CompulsaRequest> requests = waitingRequests(batchId);
        log.info("Lote de compulsa {} ({}): {} registros", batchId, endpoint.label(), taken);
        return new CompulsaBatch(batchId, processId, endpoint, requests);
    }

    /** One more answer applied to the record's batch; the batch is answered when all its records are. */
    void answered(RecordId recordId) {
        records.batchOf(recordId).ifPresent(batchId -> jdbc.update("""
                update captacion.compulsa_batch
                set answered_count = answered_count + 1,
                    answered_at = case when answered_count + 1 >= record_count then ? else answered_at end
                where id = ?""", Timestamp.from(clock.instant()), batchId));
    }

    /**
     * Lets the unanswered records of a batch go out again with the next batch (an answer file the
     * DERFE never sent). Answers that arrive later for them still apply: the record id is what counts.
     */
    @Transactional
    public int release(long batchId) {
        if (jdbc.queryForList("select id from captacion.compulsa_batch where id = ?", Long.class, batchId).isEmpty()) {
            throw CompulsaRejection.LOTE_NO_ENCONTRADO.problem(batchId);
        }
        int released = records.release(batchId);
        jdbc.update("update captacion.compulsa_batch set record_count = record_count - ? where id = ?", released,
                batchId);
        log.info("Lote de compulsa {}: {} registros sin respuesta liberados para un nuevo envío", batchId, released);
        return released;
    }

    /**
     * The local batches whose records still wait {@code resume-after} after the batch was sent (or
     * last checked again), each with those records only, for the roll to check again. Each batch is
     * claimed by moving its {@code resumed_at} in this transaction, so two nodes' ticks never take the
     * same one and a record whose answer keeps failing is retried once per {@code resume-after}, not
     * on every tick. Checking again cannot apply an answer twice: a record answered meanwhile is no
     * longer {@code PARA_COMPULSA}, and the same answer again changes nothing.
     */
    @Transactional
    public List<CompulsaBatch> toResume() {
        Instant now = clock.instant();
        Timestamp due = Timestamp.from(now.minus(resumeAfter));
        List<CompulsaBatch> resumed = new ArrayList<>();
        Set<Long> unanswered = records.waitingPerBatch().keySet();
        if (unanswered.isEmpty()) {
            return resumed;
        }
        for (var b : jdbc.queryForList("""
                select id, process_id from captacion.compulsa_batch
                where endpoint = ? and coalesce(resumed_at, sent_at) <= ? and id = any(?)
                order by id""", CompulsaEndpoint.LOCAL.name(), due, unanswered.toArray(Long[]::new))) {
            long batchId = ((Number) b.get("id")).longValue();
            List<CompulsaRequest> requests = waitingRequests(batchId);
            // the same condition again: another node's tick that claimed the batch first keeps it
            if (!requests.isEmpty() && jdbc.update("""
                    update captacion.compulsa_batch set resumed_at = ?, resumed_records = ?
                    where id = ? and coalesce(resumed_at, sent_at) <= ?""",
                    Timestamp.from(now), requests.size(), batchId, due) == 1) {
                log.warn("Lote {}: {} registros sin respuesta después de {} se revisan de nuevo con el padrón importado",
                        batchId, requests.size(), inWords(resumeAfter));
                resumed.add(new CompulsaBatch(batchId, ((Number) b.get("process_id")).longValue(),
                        CompulsaEndpoint.LOCAL, requests));
            }
        }
        return resumed;
    }

    /**
     * Logs each DERFE batch once when it becomes overdue. Nothing is re-sent: the DERFE may still
     * answer, and re-sending is the operator's release.
     */
    @Transactional
    public int logOverdue() {
        int logged = 0;
        for (BatchView b : overdue()) {
            if (jdbc.update("""
                    update captacion.compulsa_batch set overdue_logged_at = ?
                    where id = ? and overdue_logged_at is null""", Timestamp.from(clock.instant()), b.id()) == 1) {
                log.warn("Lote {} ({}) enviado a la DERFE: {} registros siguen sin respuesta después de {}; no se "
                        + "reenvía solo (la DERFE aún puede contestar): libérelo en /compulsa para reenviarlo",
                        b.id(), b.processCode(), b.pending(), inWords(answerDue));
                logged++;
            }
        }
        return logged;
    }

    public List<BatchView> recent(int limit) {
        Instant now = clock.instant();
        List<BatchRow> batches = jdbc.query(BATCH_VIEW + "order by b.id desc limit ?", BATCH, limit);
        Map<Long, Integer> pending = records.waitingPerBatch(batches.stream().map(BatchRow::id).toList());
        return batches.stream().map(b -> b.view(pending.getOrDefault(b.id(), 0), now, answerDue)).toList();
    }

    /** DERFE batches whose records still wait {@code answer-due} after the sending, oldest first. */
    public List<BatchView> overdue() {
        Instant now = clock.instant();
        Map<Long, Integer> pending = records.waitingPerBatch();
        if (pending.isEmpty()) {
            return List.of();
        }
        return jdbc.query(BATCH_VIEW + """
                where b.endpoint = ? and b.sent_at <= ? and b.id = any(?)
                order by b.id""", BATCH, CompulsaEndpoint.ARCHIVO.name(), Timestamp.from(now.minus(answerDue)),
                pending.keySet().toArray(Long[]::new))
                .stream().map(b -> b.view(pending.getOrDefault(b.id(), 0), now, answerDue))
                .filter(BatchView::overdue).toList();
    }

    /** A batch's row, before its pending records (the records module's) are counted. */
    private record BatchRow(long id, String processCode, CompulsaEndpoint endpoint, int recordCount, int answeredCount,
                         Instant sentAt, Instant answeredAt, Instant resumedAt, int resumedRecords) {

        BatchView view(int pending, Instant now, Duration answerDue) {
            Instant due = sentAt.plus(answerDue);
            boolean overdue = endpoint == CompulsaEndpoint.ARCHIVO && pending > 0 && !due.isAfter(now);
            return new BatchView(id, processCode, endpoint.label(), recordCount, answeredCount, pending, sentAt,
                    answeredAt, resumedAt, resumedRecords, overdue, overdue ? due : null);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** A configured wait in words: «2 días», «1 día 12 horas», «30 minutos». */
    static String inWords(Duration wait) {
        List<String> parts = new ArrayList<>();
        part(parts, wait.toDays(), "día", "días");
        part(parts, wait.toHoursPart(), "hora", "horas");
        part(parts, wait.toMinutesPart(), "minuto", "minutos");
        return parts.isEmpty() ? wait.toSeconds() + " segundos" : String.join(" ", parts);
    }

    private static void part(List<String> parts, long amount, String one, String many) {
        if (amount > 0) {
            parts.add(amount + " " + (amount == 1 ? one : many));
        }
    }

    /** The records of a batch still waiting for their answer. */
    private List<CompulsaRequest> waitingRequests(long batchId) {
        return records.waitingIn(batchId).stream().map(w -> new CompulsaRequest(w.recordId(), w.claveElector(),
                w.nombre(), w.apellidoPaterno(), w.apellidoMaterno(), w.fechaNacimiento(), w.sexo(), w.entidad(),
                w.seccion())).toList();
    }

    /** Records of each process waiting for the compulsa and not yet sent. */
    public long waiting() {
        return records.notSent();
    }

    private Long processId(String code) {
        return jdbc.queryForList("select id from captacion.capture_process where code = ?", Long.class, code.trim())
                .stream().findFirst().orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(code));
    }
}
