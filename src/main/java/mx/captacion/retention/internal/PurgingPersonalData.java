package mx.captacion.retention.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.platform.BlobStore;

/**
 * The purge: for every capture process whose retention has passed and that is not on hold, its
 * citizens' and auxiliares' personal data go — images and signatures from the blob store, names,
 * CURP, birth date, section, location and receipt code become null, the clave de elector becomes
 * its irreversible stand-in ({@link StandIns}) in the record, the counted citizens and the
 * bitácora, free texts (findings, reviewers' notes, hearing arguments) go, and Camunda forgets its
 * copies ({@link ForgettingInTheEngine}). Statuses, their history, instants, state, sex and every
 * count stay, so every report at every earlier cut-off gives the same figures.
 *
 * <p>Restartable by construction: a record is purged in the transaction that sets its
 * {@code purged_at}, chunk by chunk; a blob to delete is written to {@code retention_blob} in that
 * same transaction and deleted from the store afterwards, so a run stopped anywhere leaves work the
 * next run finds. The process's row is locked per chunk, so two nodes' timers take turns.
 */
@Service
public class PurgingPersonalData {

    /** Who started a purge run from the schedule (integration/retention.camel.yaml). */
    public static final String BY_TIMER = "temporizador";
    /** What replaces a free text that may name the citizen. */
    static final String SUPPRESSED = "[suprimido por retención]";

    private static final Logger LOG = LoggerFactory.getLogger(PurgingPersonalData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BlobStore blobs;
    private final ForgettingInTheEngine engine;
    private final ReadingRetention retention;
    private final Clock clock;
    private final int chunkSize;

    PurgingPersonalData(JdbcTemplate jdbc, TransactionTemplate transaction, BlobStore blobs,
                        ForgettingInTheEngine engine, ReadingRetention retention, Clock clock,
                        RetentionSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.blobs = blobs;
        this.engine = engine;
        this.retention = retention;
        this.clock = clock;
        this.chunkSize = settings.chunkSize();
    }

    /** The timer's run. */
    public String purgeDue() {
        return purgeDue(BY_TIMER);
    }

    /** Purges every due process not on hold (and finishes a stopped run's blob deletions); a line for the log. */
    public String purgeDue(String by) {
        deleteUnreferencedBlobs();
        List<String> purged = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ReadingRetention.ProcessRetention process : retention.processes(clock.instant())) {
            if (!process.due() || !process.keepsPersonalData()) {
                continue;
            }
            if (process.hold() != null) {
                recordSkip(process);
                held.add(process.code());
                continue;
            }
            try {
                (purge(process, by) ? purged : held).add(process.code());
            } catch (RuntimeException e) {
                // what was committed stays purged; the next run continues this process where it stopped
                LOG.error("Depuración de datos personales del proceso {} interrumpida; la siguiente corrida la continúa",
                        process.code(), e);
                failed.add(process.code());
            }
        }
        return "Depuración de datos personales: " + (purged.isEmpty() ? "ningún proceso depurado" : "depurados " + purged)
                + (held.isEmpty() ? "" : "; suspendidos por una retención legal " + held)
                + (failed.isEmpty() ? "" : "; interrumpidos (se continúan en la siguiente corrida) " + failed);
    }

    private void recordSkip(ReadingRetention.ProcessRetention process) {
        jdbc.update("""
                update captacion.retention_hold set skipped_times = skipped_times + 1, last_skipped_at = ?
                 where process_id = ? and released_at is null""", Timestamp.from(clock.instant()), process.id());
        LOG.warn("Depuración de datos personales del proceso {} omitida: está suspendida desde {} por {} ({})",
                process.code(), process.hold().placedAt(), process.hold().placedBy(), process.hold().reason());
    }

    /** Returns false when a hold placed while it ran stopped it. */
    private boolean purge(ReadingRetention.ProcessRetention process, String by) {
        long purgeId = startLog(process.id(), by);
        StandIns standIns = StandIns.drawn();
        LOG.info("Depuración de datos personales del proceso {} (retención vencida el {}): inicia", process.code(),
                process.dueAt());
        long records = 0;
        long auxiliares = 0;
        int done;
        while ((done = transaction.execute(status -> purgeRecords(process.id(), purgeId, standIns))) > 0) {
            records += done;
            LOG.info("Depuración del proceso {}: {} registros ciudadanos depurados", process.code(), records);
        }
        if (done == 0) {
            while ((done = transaction.execute(status -> purgeAuxiliares(process.id(), purgeId))) > 0) {
                auxiliares += done;
                LOG.info("Depuración del proceso {}: {} auxiliares depurados", process.code(), auxiliares);
            }
        }
        if (done < 0) {
            LOG.warn("Depuración del proceso {} detenida: se suspendió mientras corría ({} registros, {} auxiliares)",
                    process.code(), records, auxiliares);
            deleteUnreferencedBlobs();
            return false;
        }
        // The perceptual hashes' bands serve only the reused-image check among a process's new
        // records; a purged process gets none, and its bands are keyed by value, not by record.
        jdbc.update("delete from captacion.image_fingerprint_band where process_id = ?", process.id());
        deleteUnreferencedBlobs();
        jdbc.update("update captacion.retention_purge set finished_at = ? where id = ?",
                Timestamp.from(clock.instant()), purgeId);
        LOG.info("Depuración de datos personales del proceso {}: terminada ({} registros, {} auxiliares)",
                process.code(), records, auxiliares);
        return true;
    }

    /** The log row of the process's unfinished purge, which this run continues, or a new one. */
    private long startLog(long processId, String by) {
        List<Long> unfinished = jdbc.queryForList(
                "select id from captacion.retention_purge where process_id = ? and finished_at is null order by id desc limit 1",
                Long.class, processId);
        if (!unfinished.isEmpty()) {
            return unfinished.get(0);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into captacion.retention_purge (process_id, started_at, started_by) values (?, ?, ?)""",
                    new String[] {"id"});
            insert.setLong(1, processId);
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setString(3, by);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * One chunk of the process's records still holding personal data; returns how many were
     * purged, 0 when none is left, -1 when the process is on hold now.
     */
    private int purgeRecords(long processId, long purgeId, StandIns standIns) {
        if (lockedAndHeld(processId)) {
            return -1;
        }
        record Row(UUID id, String clave, List<String> hashes) {
        }
        List<Row> rows = jdbc.query("""
                select id, clave_elector, anverso_hash, reverso_hash, foto_viva_hash, firma_hash
                  from captacion.citizen_record where process_id = ? and purged_at is null order by id limit ?""",
                (rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        Stream.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))
                                .filter(h -> h != null).toList()),
                processId, chunkSize);
        if (rows.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                update captacion.citizen_record
                   set clave_elector = ?, curp = null, nombre = null, apellido_paterno = null, apellido_materno = null,
                       fecha_nacimiento = null, seccion = null, latitude = null, longitude = null, anverso_hash = null,
                       reverso_hash = null, foto_viva_hash = null, firma_hash = null, findings = null,
                       inconsistency_note = null, receipt_code = null, purged_at = ?
                 where id = ?""", rows.stream().map(r -> new Object[] {standIns.of(r.clave()), now, r.id()}).toList());
        jdbc.batchUpdate("update captacion.counted_citizen set clave_elector = ? where record_id = ?",
                rows.stream().map(r -> new Object[] {standIns.of(r.clave()), r.id()}).toList());
        jdbc.batchUpdate("delete from captacion.image_fingerprint where record_id = ?",
                rows.stream().map(r -> new Object[] {r.id()}).toList());
        jdbc.batchUpdate("""
                update captacion.hearing_contest
                   set reason = ?, argument = ?, explanation = case when explanation is null then null else ? end
                 where record_id = ?""",
                rows.stream().map(r -> new Object[] {SUPPRESSED, SUPPRESSED, SUPPRESSED, r.id()}).toList());
        // The bitácora keeps every row (who saw which record, when, from where); only the clave it
        // copied from the record becomes the same stand-in (the one change its guard allows).
        long logEntries = sum(jdbc.batchUpdate("""
                update captacion.access_log set clave_elector = ?
                 where record_id = ? and clave_elector is not null and clave_elector <> ?""",
                rows.stream().map(r -> new Object[] {standIns.of(r.clave()), r.id(), standIns.of(r.clave())}).toList()));
        awaitDeletion(purgeId, rows.stream().flatMap(r -> r.hashes().stream()).toList());
        int variables = engine.forget(rows.stream().map(r -> r.id().toString()).toList());
        jdbc.update("""
                update captacion.retention_purge set records = records + ?, variables = variables + ?,
                       access_log_entries = access_log_entries + ? where id = ?""",
                rows.size(), variables, logEntries, purgeId);
        return rows.size();
    }

    /** One chunk of the process's auxiliares (their name, e-mail, clave and credential images), as {@link #purgeRecords}. */
    private int purgeAuxiliares(long processId, long purgeId) {
        if (lockedAndHeld(processId)) {
            return -1;
        }
        record Row(long id, String auxiliarId, List<String> hashes) {
        }
        List<Row> rows = jdbc.query("""
                select a.id, a.auxiliar_id, a.anverso_hash, a.reverso_hash
                  from captacion.auxiliar a join captacion.political_actor p on p.id = a.actor_id
                 where p.process_id = ? and a.purged_at is null order by a.id limit ?""",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                        Stream.of(rs.getString(3), rs.getString(4)).filter(h -> h != null).toList()),
                processId, chunkSize);
        if (rows.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                update captacion.auxiliar
                   set name = ?, email = ?, clave_elector = null, anverso_hash = null, reverso_hash = null,
                       baja_note = null, search_text = lower(auxiliar_id), purged_at = ?
                 where id = ?""", rows.stream().map(r -> new Object[] {SUPPRESSED, SUPPRESSED, now, r.id()}).toList());
        awaitDeletion(purgeId, rows.stream().flatMap(r -> r.hashes().stream()).toList());
        int variables = engine.forget(rows.stream().map(Row::auxiliarId).toList());
        jdbc.update("""
                update captacion.retention_purge set auxiliares = auxiliares + ?, variables = variables + ? where id = ?""",
                rows.size(), variables, purgeId);
        return rows.size();
    }

    /** Locks the process's row (nodes take turns) and says whether it is on hold now. */
    private boolean lockedAndHeld(long processId) {
        jdbc.queryForObject("select id from captacion.capture_process where id = ? for update", Long.class, processId);
        return jdbc.queryForObject("""
                select count(*) from captacion.retention_hold where process_id = ? and released_at is null""",
                Long.class, processId) > 0;
    }

    private void awaitDeletion(long purgeId, List<String> hashes) {
        Set<String> distinct = new LinkedHashSet<>(hashes);
        if (distinct.isEmpty()) {
            return;
        }
        // a blob another record of the chunk, or a stopped run, already left waiting
        distinct.removeAll(jdbc.queryForList("select hash from captacion.retention_blob where hash in ("
                + String.join(", ", distinct.stream().map(h -> "?").toList()) + ")", String.class, distinct.toArray()));
        jdbc.batchUpdate("insert into captacion.retention_blob (hash, purge_id) values (?, ?)",
                distinct.stream().map(h -> new Object[] {h, purgeId}).toList());
    }

    /**
     * Deletes the waiting blobs that no row names any more. Blobs are content-addressed, so the same
     * image may belong to a record of another process, or an auxiliar, or a help-desk mail: those
     * stay. One pass over the tables that name blobs (their hash columns have no index: a purge runs
     * rarely, ingestion all the time), then the files, chunk by chunk.
     */
    private void deleteUnreferencedBlobs() {
        jdbc.update("""
                delete from captacion.retention_blob where hash in (
                    select anverso_hash from captacion.citizen_record where anverso_hash is not null
                    union all select reverso_hash from captacion.citizen_record where reverso_hash is not null
                    union all select foto_viva_hash from captacion.citizen_record where foto_viva_hash is not null
                    union all select firma_hash from captacion.citizen_record where firma_hash is not null
                    union all select anverso_hash from captacion.auxiliar where anverso_hash is not null
                    union all select reverso_hash from captacion.auxiliar where reverso_hash is not null
                    union all select raw_hash from captacion.ticket_mail
                    union all select content_hash from captacion.ticket_attachment where content_hash is not null)""");
        record Waiting(String hash, long purgeId) {
        }
        List<Waiting> waiting;
        while (!(waiting = jdbc.query("select hash, purge_id from captacion.retention_blob order by hash limit ?",
                (rs, n) -> new Waiting(rs.getString(1), rs.getLong(2)), chunkSize)).isEmpty()) {
            waiting.forEach(w -> blobs.delete(w.hash()));
            List<Waiting> deleted = waiting;
            transaction.executeWithoutResult(status -> {
                jdbc.batchUpdate("delete from captacion.retention_blob where hash = ?",
                        deleted.stream().map(w -> new Object[] {w.hash()}).toList());
                jdbc.batchUpdate("update captacion.retention_purge set blobs = blobs + 1 where id = ?",
                        deleted.stream().map(w -> new Object[] {w.purgeId()}).toList());
            });
            LOG.info("Depuración de datos personales: {} imágenes borradas", deleted.size());
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }
}
