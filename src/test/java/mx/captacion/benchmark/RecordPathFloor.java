package mx.captacion.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.flywaydb.core.Flyway;

import mx.captacion.platform.ImageFiles;
import mx.captacion.platform.internal.DecisionsOncePerInput;
import mx.captacion.records.ImageKind;
import mx.captacion.records.RecordSubmission;
import mx.captacion.records.internal.PerceptualHash;

/**
 * Spike of issue 15: the record's path as lean as its design allows, to measure the floor under
 * {@code bench/ingestion.sh} with everything the issue keeps and nothing of our frameworks. Not a test,
 * not the platform: {@code bench/record-path-floor.sh} starts it as a server and points the ingestion
 * benchmark's clients at it, which count the records at the desk and the CPU as they do for the platform.
 *
 * <p>What it keeps: an HTTP endpoint on embedded Tomcat (a bare servlet: no Spring MVC, Spring Security or
 * Camel), the submission parsed by Jackson and checked by Bean Validation, the device token and the
 * process, actor and auxiliar checked in one query, four images Base64-decoded, their headers read,
 * hashed (SHA-256), sealed (AES-256-GCM) and written as files, and the record, its first history row and
 * its place in the intake's queue committed in one round trip before the 202. Then two intake threads
 * taking batches of 50 with {@code FOR UPDATE SKIP LOCKED}, in one transaction per batch: the records
 * read in one query, the credential front and live photo read back, opened and perceptually hashed,
 * fingerprints looked up and stored as the platform does (16 bands), the citizen counted, the status and
 * its history written in JDBC batches, and each record's {@code citizen-record} process started on the
 * same connection (history level activity, the screening table evaluated once per input), ending at the
 * control-desk task with the card name and the two form variables. What it leaves out: the identity
 * checks (pure Java, about 1 % of the intake's samples), the refusals' evidence, the bitácora, the
 * legibility of the reverse and the signature (reception would record it from the header it reads).
 */
public final class RecordPathFloor {

    private static final String HISTORY_INSERT = """
            insert into captacion.record_status_history (record_id, actor_id, status, entidad, auxiliar_id, valid_from)
            values (?, ?, ?, ?, ?, ?)""";
    private static final int BANDS = 16;
    private static final int COMMON_BAND = 200;

    private final HikariDataSource dataSource;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Blobs blobs;
    private final Set<String> commonBands = ConcurrentHashMap.newKeySet();
    private ProcessEngine engine;
    private CommandExecutor commands;
    /** The batch's screening per record, read by the delegate the process runs (same thread, same batch). */
    private final ThreadLocal<Map<String, Screened>> batchScreenings = new ThreadLocal<>();

    private record Screened(String findings, int count, String card, String ficha) {
    }

    private RecordPathFloor(String jdbcUrl) throws IOException {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(System.getProperty("bench.user", "postgres"));
        dataSource.setPassword(System.getProperty("bench.password", ""));
        dataSource.setMaximumPoolSize(24);
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        blobs = new Blobs(Files.createTempDirectory("captacion-floor-blobs"), new SecretKeySpec(keyBytes, "AES"));
    }

    public static void main(String[] args) throws Exception {
        RecordPathFloor floor = new RecordPathFloor(System.getProperty("bench.jdbcUrl",
                "jdbc:postgresql://localhost:5432/captacion_bench_floor"));
        floor.migrate();
        floor.startEngine();
        for (int i = 0; i < Integer.getInteger("bench.intakes", 2); i++) {
            Thread intake = new Thread(floor::intakeLoop, "floor-record-intake-" + i);
            intake.setDaemon(true);
            intake.start();
        }
        floor.serve(Integer.getInteger("bench.port", 8380));
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).schemas("captacion").defaultSchema("captacion").createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    }

    private void startEngine() {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(dataSource);
        config.setIdGenerator(new StrongUuidGenerator());
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory("activity");
        config.getProcessEnginePlugins().add(new DecisionsOncePerInput(true));
        config.setJobExecutorActivate(false); // nothing on the record's path to the desk is a job
        config.setBeans(Map.<Object, Object>of(
                "automatedProcessing", (JavaDelegate) execution -> {
                    Screened s = batchScreenings.get().get(execution.getProcessBusinessKey());
                    execution.setVariables(Map.of("screeningOutcome", "PARA_REGLAS", "findings", s.findings(),
                            "findingCount", s.count()));
                },
                "drawControlDeskSample", (JavaDelegate) execution -> execution.setVariable("controlDeskDraw",
                        "REVISION_COMPLETA"),
                "sendToControlDesk", (JavaDelegate) execution -> { },
                "controlDeskTask", (TaskListener) task -> {
                    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                        Screened s = batchScreenings.get().get(task.getExecution().getProcessBusinessKey());
                        task.setName(s.card());
                        task.setVariablesLocal(Map.of("ficha", s.ficha(), "posibleFraude", s.count() > 0,
                                "imagenes", "http://localhost/api/v1/records/" + task.getExecution().getProcessBusinessKey()
                                        + "/images"));
                    }
                }));
        engine = config.buildProcessEngine();
        commands = config.getCommandExecutorTxRequired();
        engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
                .addClasspathResource("processes/citizen-record.bpmn")
                .addClasspathResource("processes/record-screening.dmn").deploy();
    }

    private void serve(int port) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setPort(port);
        tomcat.setBaseDir(Files.createTempDirectory("captacion-floor-tomcat").toString());
        tomcat.getConnector().setMaxPostSize(-1);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "records", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                receive(request, response);
            }
        });
        context.addServletMappingDecoded("/api/v1/records", "records");
        tomcat.start();
        System.out.println("Floor listening on " + port);
        tomcat.getServer().await();
    }

    // --- reception -----------------------------------------------------------------------------------

    private void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentType() == null || !request.getContentType().startsWith("application/json")) {
            refuse(response, 415, "CONTENIDO_NO_JSON");
            return;
        }
        RecordSubmission s;
        try {
            s = json.readValue(request.getInputStream(), RecordSubmission.class);
        } catch (IOException e) {
            refuse(response, 400, "JSON_MAL_FORMADO");
            return;
        }
        if (!validator.validate(s).isEmpty()) {
            refuse(response, 400, "CAMPO_FALTANTE");
            return;
        }
        Map<ImageKind, byte[]> images = new EnumMap<>(ImageKind.class);
        images.put(ImageKind.ANVERSO, ImageFiles.decodeBase64(s.images().anverso()));
        images.put(ImageKind.REVERSO, ImageFiles.decodeBase64(s.images().reverso()));
        images.put(ImageKind.FOTO_VIVA, ImageFiles.decodeBase64(s.images().fotoViva()));
        images.put(ImageKind.FIRMA, ImageFiles.decodeBase64(s.images().firma()));
        for (byte[] image : images.values()) {
            if (ImageFiles.format(image).isEmpty() || ImageFiles.dimensions(image).isEmpty()) {
                refuse(response, 400, "IMAGEN_NO_ES_JPEG_PNG");
                return;
            }
        }
        Map<ImageKind, String> hashes = new EnumMap<>(ImageKind.class);
        images.forEach((kind, bytes) -> hashes.put(kind, blobs.put(bytes)));
        UUID recordId = UUID.randomUUID();
        String token = request.getHeader("X-Device-Token");
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long[] sender = sender(db, s, token);
            if (sender == null) {
                db.rollback();
                refuse(response, 401, "AUXILIAR_IDENTIFICADO_INCORRECTAMENTE");
                return;
            }
            Instant now = Instant.now();
            // one round trip: the record, its first status and its place in the queue
            try (PreparedStatement insert = db.prepareStatement("""
                    with r as (insert into captacion.citizen_record (id, submission_id, process_id, actor_id, auxiliar_id,
                        channel, captured_at, received_at, latitude, longitude, clave_elector, curp, nombre, apellido_paterno,
                        apellido_materno, fecha_nacimiento, sexo, entidad, seccion, vigencia, anverso_hash, reverso_hash,
                        foto_viva_hash, firma_hash, status)
                      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EN_PROCESAMIENTO')
                      on conflict (submission_id) do nothing returning id, actor_id, entidad, auxiliar_id),
                    h as (insert into captacion.record_status_history (record_id, actor_id, status, entidad, auxiliar_id, valid_from)
                      select id, actor_id, 'EN_PROCESAMIENTO', entidad, auxiliar_id, ? from r)
                    insert into captacion.record_intake (record_id, queued_at) select id, ? from r""")) {
                var c = s.citizen();
                Timestamp at = Timestamp.from(now);
                Object[] values = {recordId, s.submissionId(), sender[0], sender[1], sender[2], s.channel().name(),
                        Timestamp.from(s.capturedAt()), at, s.location() == null ? null : s.location().lat(),
                        s.location() == null ? null : s.location().lon(), c.claveElector(), c.curp(), c.nombre(),
                        c.apellidoPaterno(), c.apellidoMaterno(), c.fechaNacimiento(), c.sexo(), c.entidad(), c.seccion(),
                        c.vigencia(), hashes.get(ImageKind.ANVERSO), hashes.get(ImageKind.REVERSO),
                        hashes.get(ImageKind.FOTO_VIVA), hashes.get(ImageKind.FIRMA), at, at};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                if (insert.executeUpdate() == 0) {
                    db.rollback(); // a resend: the platform answers 200 with the stored record (not timed here)
                    refuse(response, 409, "ENVIO_YA_USADO");
                    return;
                }
            }
            db.commit();
        } catch (SQLException e) {
            refuse(response, 503, "SERVICIO_NO_DISPONIBLE");
            return;
        }
        response.setStatus(202);
        response.setContentType("application/json");
        response.getWriter().write("{\"recordId\":\"" + recordId + "\",\"status\":\"EN_PROCESAMIENTO\"}");
    }

    /** Process, actor and auxiliar ids when the auxiliar is active, works for the actor and carries the token; else null. */
    private static long[] sender(Connection db, RecordSubmission s, String token) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("""
                select p.id, a.id, x.id, x.device_token_hash from captacion.capture_process p
                  join captacion.political_actor a on a.process_id = p.id
                  join captacion.auxiliar x on x.actor_id = a.id
                 where p.code = ? and a.folio = ? and x.auxiliar_id = ? and x.status = 'ACTIVO_REGISTRADO_EN_APP'
                   and current_date between p.period_start and p.period_end""")) {
            ps.setString(1, s.processCode());
            ps.setString(2, s.actorFolio());
            ps.setString(3, s.auxiliarId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || token == null || !MessageDigest.isEqual(Blobs.sha256(token.getBytes(StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.US_ASCII), rs.getString(4).getBytes(StandardCharsets.US_ASCII))) {
                    return null;
                }
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private static void refuse(HttpServletResponse response, int status, String code) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"code\":\"" + code + "\"}");
    }

    // --- intake ----------------------------------------------------------------------------------------

    private void intakeLoop() {
        while (true) {
            try {
                if (takeBatch(50) == 0) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        }
    }

    private record Row(UUID id, long processId, long actorId, Long auxiliarId, int entidad, String clave,
                       String anverso, String fotoViva, String nombre, Instant capturedAt) {
    }

    private int takeBatch(int size) {
        return commands.execute((Command<Integer>) context -> {
            Connection db = context.getDbSqlSession().getSqlSession().getConnection();
            try {
                List<Row> rows = claim(db, size);
                if (rows.isEmpty()) {
                    return 0;
                }
                Map<String, Screened> screenings = new HashMap<>();
                Instant now = Instant.now();
                Timestamp at = Timestamp.from(now);
                try (PreparedStatement count = db.prepareStatement("""
                        insert into captacion.counted_citizen (actor_id, clave_elector, record_id) values (?, ?, ?)
                        on conflict do nothing""");
                     PreparedStatement status = db.prepareStatement("""
                        update captacion.citizen_record set status = 'EN_MESA_DE_CONTROL', findings = ?, reused_image = ?
                         where id = ?""");
                     PreparedStatement close = db.prepareStatement("""
                        update captacion.record_status_history set valid_to = ? where record_id = ? and valid_to is null""");
                     PreparedStatement open = db.prepareStatement(HISTORY_INSERT)) {
                    for (Row row : rows) {
                        List<String> findings = new ArrayList<>();
                        reuse(db, row, ImageKind.ANVERSO, row.anverso()).ifPresent(findings::add);
                        reuse(db, row, ImageKind.FOTO_VIVA, row.fotoViva()).ifPresent(findings::add);
                        String keys = String.join(",", findings);
                        screenings.put(row.id().toString(), new Screened(keys, findings.size(),
                                "Entidad " + row.entidad() + " · capturado " + row.capturedAt() + " · AUX",
                                "**" + (findings.isEmpty() ? "Sin observaciones" : "⚠ Posible fraude: " + keys) + "**\n\n"
                                        + "Nombre: " + row.nombre() + " · Clave de elector: " + row.clave() + "\n".repeat(8)));
                        count.setLong(1, row.actorId());
                        count.setString(2, row.clave());
                        count.setObject(3, row.id());
                        count.addBatch();
                        status.setString(1, findings.isEmpty() ? "Sin observaciones." : keys);
                        status.setBoolean(2, !findings.isEmpty());
                        status.setObject(3, row.id());
                        status.addBatch();
                        close.setTimestamp(1, at);
                        close.setObject(2, row.id());
                        close.addBatch();
                        open.setObject(1, row.id());
                        open.setLong(2, row.actorId());
                        open.setString(3, "EN_MESA_DE_CONTROL");
                        open.setInt(4, row.entidad());
                        open.setObject(5, row.auxiliarId());
                        open.setTimestamp(6, at);
                        open.addBatch();
                    }
                    count.executeBatch();
                    status.executeBatch();
                    close.executeBatch();
                    open.executeBatch();
                }
                batchScreenings.set(screenings);
                RuntimeService runtime = engine.getRuntimeService();
                for (Row row : rows) {
                    runtime.startProcessInstanceByKey("citizen-record", row.id().toString(),
                            Map.of("recordId", row.id().toString()));
                }
                try (PreparedStatement delete = db.prepareStatement(
                        "delete from captacion.record_intake where record_id = any (?)")) {
                    delete.setArray(1, db.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
                    delete.executeUpdate();
                }
                return rows.size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                batchScreenings.remove();
            }
        });
    }

    /**
     * {@code -Dbench.wholeDecode=true} hashes through ImageIO's whole decode (the path before the JPEG
     * coefficients), to compare the two inside the whole record path rather than alone.
     */
    private static final java.lang.reflect.Method WHOLE_DECODE = wholeDecode();

    private static java.lang.reflect.Method wholeDecode() {
        if (!Boolean.getBoolean("bench.wholeDecode")) {
            return null;
        }
        try {
            java.lang.reflect.Method method = PerceptualHash.class.getDeclaredMethod("decodingWholeImage", byte[].class);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<PerceptualHash> hash(byte[] image) throws Exception {
        return WHOLE_DECODE == null ? PerceptualHash.of(image) : (Optional<PerceptualHash>) WHOLE_DECODE.invoke(null, image);
    }

    private static List<Row> claim(Connection db, int size) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("""
                select r.id, r.process_id, r.actor_id, r.auxiliar_id, r.entidad, r.clave_elector, r.anverso_hash,
                       r.foto_viva_hash, r.nombre, r.captured_at
                  from captacion.citizen_record r
                 where r.id in (select record_id from captacion.record_intake where attempts < 3
                                 order by queued_at fetch first ? rows only for update skip locked)""")) {
            ps.setInt(1, size);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                            (Long) rs.getObject(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getTimestamp(10).toInstant()));
                }
            }
            return rows;
        }
    }

    /** The platform's reused-image check (ReusedImages), in the same SQL: look-up of the bands not known common, then store. */
    private Optional<String> reuse(Connection db, Row row, ImageKind kind, String blob) throws Exception {
        Optional<PerceptualHash> computed = hash(blobs.get(blob));
        if (computed.isEmpty()) {
            return Optional.of("IMAGEN_NO_LEGIBLE:" + kind);
        }
        PerceptualHash hash = computed.get();
        List<Integer> looked = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            if (!commonBands.contains(row.processId() + kind.name() + band + ":" + hash.band(band, BANDS))) {
                looked.add(band);
            }
        }
        boolean reused = false;
        if (!looked.isEmpty()) {
            String one = """
                    (select cast(? as integer) as band, f.record_id, f.clave_elector, f.h0, f.h1, f.h2, f.h3
                       from captacion.image_fingerprint_band b
                       join captacion.image_fingerprint f on f.record_id = b.record_id and f.image_kind = b.image_kind
                      where b.process_id = ? and b.image_kind = ? and b.band = ? and b.band_value = ?
                      fetch first %d rows only)""".formatted(COMMON_BAND + 1);
            try (PreparedStatement ps = db.prepareStatement(String.join(" union all ", Collections.nCopies(looked.size(), one)))) {
                int p = 1;
                for (int band : looked) {
                    ps.setInt(p++, band);
                    ps.setLong(p++, row.processId());
                    ps.setString(p++, kind.name());
                    ps.setInt(p++, band);
                    ps.setInt(p++, hash.band(band, BANDS));
                }
                int[] rows = new int[BANDS];
                boolean[] near = new boolean[BANDS];
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int band = rs.getInt(1);
                        rows[band]++;
                        PerceptualHash theirs = new PerceptualHash(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                        if (!row.clave().equals(rs.getString(3)) && hash.distance(theirs) <= 10) {
                            near[band] = true;
                        }
                    }
                }
                for (int band : looked) {
                    if (rows[band] > COMMON_BAND) {
                        commonBands.add(row.processId() + kind.name() + band + ":" + hash.band(band, BANDS));
                    } else {
                        reused |= near[band];
                    }
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("""
                insert into captacion.image_fingerprint (record_id, image_kind, process_id, clave_elector, h0, h1, h2, h3)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Object[] values = {row.id(), kind.name(), row.processId(), row.clave(), hash.h0(), hash.h1(), hash.h2(), hash.h3()};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement("insert into captacion.image_fingerprint_band"
                + " (process_id, image_kind, band, band_value, record_id) values "
                + String.join(", ", Collections.nCopies(BANDS, "(?, ?, ?, ?, ?)")))) {
            int p = 1;
            for (int band = 0; band < BANDS; band++) {
                ps.setLong(p++, row.processId());
                ps.setString(p++, kind.name());
                ps.setInt(p++, band);
                ps.setInt(p++, hash.band(band, BANDS));
                ps.setObject(p++, row.id());
            }
            ps.executeUpdate();
        }
        return reused ? Optional.of("IMAGEN_REUTILIZADA:" + kind) : Optional.empty();
    }

    /** Blobs as FileSystemBlobStore keeps them: named by SHA-256, AES-256-GCM, written to a temporary file and moved. */
    static final class Blobs {

        private final Path root;
        private final SecretKey key;
        private final SecureRandom random = new SecureRandom();

        Blobs(Path root, SecretKey key) {
            this.root = root;
            this.key = key;
        }

        private String put(byte[] content) {
            String hash = sha256(content);
            Path target = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
            if (Files.exists(target)) {
                return hash;
            }
            try {
                byte[] nonce = new byte[12];
                random.nextBytes(nonce);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
                byte[] file = new byte[12 + cipher.getOutputSize(content.length)];
                System.arraycopy(nonce, 0, file, 0, 12);
                cipher.doFinal(content, 0, content.length, file, 12);
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), hash, ".tmp");
                Files.write(temp, file);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return hash;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] get(String hash) throws Exception {
            byte[] file = Files.readAllBytes(root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, file, 0, 12));
            cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(file, 12, file.length - 12);
        }

        static String sha256(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

    }
}
