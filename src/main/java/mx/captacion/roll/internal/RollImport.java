package mx.captacion.roll.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.platform.ApiProblem;
import mx.captacion.roll.RollEntry;
import mx.captacion.roll.RollFile;
import mx.captacion.roll.RollFile.Citizen;
import mx.captacion.roll.RollFile.Refusal;
import mx.captacion.roll.internal.RollImportJobs.LineError;

/**
 * Loads a lista nominal extract ({@link RollFile}) into captacion.electoral_roll: streamed line by
 * line, written in batches, each batch committed together with its refused lines and the job's
 * counters and resume point (line and byte offset), so that a stopped import continues from its last
 * batch and never half-writes one. A clave already in the roll is updated, not duplicated; within
 * one file the later line of a clave wins. Imports run one at a time on a background thread.
 */
@Component
public class RollImport {

    private static final Logger log = LoggerFactory.getLogger(RollImport.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RollImportJobs jobs;
    private final Clock clock;
    private final int batchSize;
    private final long logEvery;
    private final Path directory;
    private final RollUpsert upsert;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "padron-importacion"));
    private volatile boolean stopping;

    /** Where uploads wait for their import, inside the roll directory. */
    static final String UPLOADS = "subidas";

    /** Public for the benchmark, which runs it without Spring. */
    public RollImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, RollImportJobs jobs, Clock clock,
                      RollSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.logEvery = settings.logEvery();
        this.directory = Path.of(settings.directory()).toAbsolutePath().normalize();
        this.upsert = RollUpsert.forDatabase(jdbc.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    /** Imports a file already on the server, in the background; refused at once if it lacks the header. */
    public RollImportJob start(Path file, String fileName, String user) {
        long id = register(file, fileName, user);
        worker.execute(() -> run(id, 0));
        return jobs.find(id).orElseThrow();
    }

    /**
     * Stores an upload in the roll directory's {@value #UPLOADS} folder first (the request's
     * temporary file ends with the request); it is deleted when its import ends.
     */
    public RollImportJob startUpload(InputStream content, String fileName, String user) {
        Path stored = uploads().resolve(clock.instant().toEpochMilli() + "-" + UUID.randomUUID() + ".csv");
        try {
            Files.createDirectories(uploads());
            Files.copy(content, stored);
            return start(stored, fileName, user);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo guardar el archivo del padrón", e);
        } catch (ApiProblem refused) {
            deleteQuietly(stored);
            throw refused;
        }
    }

    /**
     * A server-side file named by the API: relative to or inside the roll directory only, so that
     * the API cannot be used to read any file of the server.
     */
    public Path serverFile(String path) {
        Path file = directory.resolve(path == null ? "" : path).toAbsolutePath().normalize();
        if (path == null || path.isBlank() || !file.startsWith(directory)) {
            throw RollRejection.RUTA_NO_PERMITIDA.problem(directory.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw RollRejection.ARCHIVO_NO_ENCONTRADO.problem(file.toString());
        }
        return file;
    }

    /** Continues an interrupted import in the background; false if it was not interrupted. */
    public boolean resume(long id) {
        if (!jobs.transition(id, RollImportStatus.INTERRUMPIDA, RollImportStatus.EN_CURSO)) {
            return false;
        }
        worker.execute(() -> run(id, 0));
        return true;
    }

    /** Imports left running or interrupted when the platform stopped continue where they were. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        jobs.withStatus(RollImportStatus.EN_CURSO).forEach(id -> worker.execute(() -> run(id, 0)));
        jobs.withStatus(RollImportStatus.INTERRUMPIDA).forEach(this::resume);
    }

    /** The platform stops: the running import ends after its current batch, as INTERRUMPIDA. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(60, TimeUnit.SECONDS);
    }

    long register(Path file, String fileName, String user) {
        RollFile.requireHeader(file);
        try {
            return jobs.create(fileName, file.toAbsolutePath().toString(), Files.size(file), user, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a job in the calling thread from its resume point, stopping as INTERRUMPIDA after
     * {@code maxBatches} batches (0: no limit) or when the platform stops.
     */
    RollImportJob run(long id, int maxBatches) {
        RollImportJob job = jobs.find(id).orElseThrow();
        Path file = Path.of(job.storedPath());
        Progress progress = new Progress(job);
        try (OffsetLineReader lines = new OffsetLineReader(file, job.committedByte())) {
            long line = job.committedLine();
            if (line == 0) {
                if (!RollFile.isHeader(lines.next())) {
                    throw new IllegalStateException("La primera línea no es el encabezado " + RollFile.HEADER);
                }
                line = 1;
            }
            log.info("Importación {} del padrón ({}): continúa en la línea {}", id, job.fileName(), line + 1);
            Batch batch = new Batch();
            int batches = 0;
            for (String text = lines.next(); text != null; text = lines.next()) {
                line++;
                if (!text.isBlank()) {
                    batch.add(line, RollFile.parse(text));
                }
                if (batch.read == batchSize) {
                    commit(id, batch, line, lines.offset(), progress);
                    batch = new Batch();
                    if (++batches == maxBatches || stopping) {
                        jobs.finish(id, RollImportStatus.INTERRUMPIDA, null, clock.instant());
                        log.info("Importación {} del padrón interrumpida en la línea {}", id, line);
                        return jobs.find(id).orElseThrow();
                    }
                }
            }
            commit(id, batch, line, lines.offset(), progress);
            jobs.finish(id, RollImportStatus.TERMINADA, null, clock.instant());
            log.info("Importación {} del padrón terminada: {}", id, progress);
        } catch (NoSuchFileException missing) {
            fail(id, "No se encontró el archivo " + file, missing);
        } catch (Exception e) {
            // the database's own words, without Spring's wrapping ("ConnectionCallback; …")
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            fail(id, cause.getMessage() == null ? cause.toString() : cause.getMessage(), e);
        }
        forgetUpload(file);
        return jobs.find(id).orElseThrow();
    }

    private void commit(long id, Batch batch, long line, long offset, Progress progress) {
        transaction.executeWithoutResult(status -> {
            if (!batch.entries.isEmpty()) {
                jdbc.execute((ConnectionCallback<Void>) c -> {
                    upsert.write(c, batch.entries.values());
                    return null;
                });
            }
            jobs.committed(id, batch.read, batch.read - batch.errors.size(), batch.errors.size(), line, offset,
                    batch.errors);
        });
        if (progress.add(batch, offset)) {
            log.info("Importación {} del padrón: {}", id, progress);
        }
    }

    private void fail(long id, String error, Exception e) {
        log.error("Importación {} del padrón fallida: {}", id, error, e);
        jobs.finish(id, RollImportStatus.FALLIDA, error, clock.instant());
    }

    private Path uploads() {
        return directory.resolve(UPLOADS);
    }

    /**
     * An ended import (finished or failed: neither is resumed) no longer needs its upload, a copy
     * of the roll's claves de elector in plain text; a file the API named is the operator's own.
     */
    private void forgetUpload(Path file) {
        if (file.toAbsolutePath().normalize().startsWith(uploads())) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload only takes space
        }
    }

    /** The lines read since the last commit. */
    private static final class Batch {
        final Map<String, RollEntry> entries = new LinkedHashMap<>();
        final List<LineError> errors = new ArrayList<>();
        int read;

        void add(long line, RollFile.ParsedLine parsed) {
            read++;
            if (parsed instanceof Citizen citizen) {
                // one statement cannot upsert a clave twice; the later line wins, as across batches
                entries.put(citizen.entry().claveElector(), citizen.entry());
            } else if (parsed instanceof Refusal refusal) {
                errors.add(new LineError(line, refusal.code(), refusal.message()));
            }
        }
    }

    /** Running totals for the log, which speaks every {@code logEvery} lines. */
    private final class Progress {
        private final long fileBytes;
        private long read;
        private long imported;
        private long rejected;
        private long offset;

        Progress(RollImportJob job) {
            fileBytes = job.fileBytes();
            read = job.rowsRead();
            imported = job.rowsImported();
            rejected = job.rowsRejected();
        }

        boolean add(Batch batch, long newOffset) {
            long before = read / logEvery;
            read += batch.read;
            rejected += batch.errors.size();
            imported += batch.read - batch.errors.size();
            offset = newOffset;
            return read / logEvery > before;
        }

        @Override
        public String toString() {
            return "%d líneas leídas, %d importadas, %d rechazadas (%.1f %%)".formatted(read, imported, rejected,
                    fileBytes == 0 ? 100.0 : 100.0 * offset / fileBytes);
        }
    }
}
