package mx.captacion.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;
import mx.captacion.demo.SyntheticRollGenerator;
import mx.captacion.platform.Roles;
import mx.captacion.roll.RollFile;
import mx.captacion.roll.RollFile.Citizen;
import mx.captacion.roll.RollFile.Refusal;

/** The lista nominal import on PostgreSQL: counts, rows, the error report, re-import, resume, page and API. */
class RollImportIT extends IntegrationTestBase {

    private static final int LINES = 12_000; // 3 batches of 5,000 (captacion.roll.batch-size)
    private static final double BAD_SHARE = 0.05;

    @Autowired
    RollImport importing;
    @Autowired
    RollImportJobs jobs;
    @Value("${captacion.roll.directory}")
    String rollDirectory;

    /** What a generated file should leave behind: the line numbers refused and the claves imported. */
    record Expected(Set<Long> badLines, List<String> claves) {
    }

    @BeforeEach
    void users() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void importsTheGoodLinesAndReportsEachBadOneWithItsLineAndCode() throws IOException {
        Path file = generated("bueno-y-malo.csv", LINES);
        Expected expected = expected(file);

        RollImportJob job = importing.run(importing.register(file, "bueno-y-malo.csv", ANALYST), 0);

        assertThat(job.status()).isEqualTo(RollImportStatus.TERMINADA);
        assertThat(job.rowsRead()).isEqualTo(LINES);
        assertThat(job.rowsRejected()).isEqualTo(expected.badLines().size()).isPositive();
        assertThat(job.rowsImported()).isEqualTo(LINES - expected.badLines().size());
        assertThat(job.percent()).isEqualTo(100.0);
        assertThat(rowsInRoll(expected.claves())).isEqualTo(expected.claves().size());
        List<RollImportJobs.LineError> errors = jobs.errors(job.id(), LINES);
        assertThat(errors).extracting(RollImportJobs.LineError::lineNumber).containsExactlyElementsOf(
                expected.badLines().stream().sorted().toList());
        assertThat(errors).extracting(RollImportJobs.LineError::code).contains("CLAVE_ELECTOR_INVALIDA",
                "FECHA_NACIMIENTO_INVALIDA", "SEXO_INVALIDO", "ESTATUS_INVALIDO", "CAMPOS_INCORRECTOS");
    }

    @Test
    void importingAgainUpdatesTheCitizensInsteadOfDuplicatingThem() throws IOException {
        Path file = generated("primera.csv", 3_000);
        Expected expected = expected(file);
        importing.run(importing.register(file, "primera.csv", ANALYST), 0);
        String first = expected.claves().get(0);
        // the same extract a month later: one citizen has died
        List<String> lines = Files.readAllLines(file);
        int index = lines.indexOf(lines.stream().filter(l -> l.startsWith(first + ",")).findFirst().orElseThrow());
        lines.set(index, lines.get(index).substring(0, lines.get(index).lastIndexOf(',')) + ",BAJA_POR_DEFUNCION");
        Path again = Files.write(file.resolveSibling("segunda-" + file.getFileName()), lines);

        RollImportJob job = importing.run(importing.register(again, "segunda.csv", ANALYST), 0);

        assertThat(job.status()).isEqualTo(RollImportStatus.TERMINADA);
        assertThat(job.rowsImported()).isEqualTo(expected.claves().size());
        assertThat(rowsInRoll(expected.claves())).isEqualTo(expected.claves().size());
        assertThat(jdbc.queryForObject("select count(*) from captacion.electoral_roll where clave_elector = ?",
                Long.class, first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select registral_status from captacion.electoral_roll where clave_elector = ?",
                String.class, first)).isEqualTo("BAJA_POR_DEFUNCION");
    }

    @Test
    void anInterruptedImportContinuesFromItsLastBatchAndEndsWithExactlyTheRightRows() throws IOException {
        Path file = generated("interrumpido.csv", LINES);
        Expected expected = expected(file);
        long id = importing.register(file, "interrumpido.csv", ANALYST);

        // the platform stops after one batch
        RollImportJob stopped = importing.run(id, 1);
        assertThat(stopped.status()).isEqualTo(RollImportStatus.INTERRUMPIDA);
        assertThat(stopped.rowsRead()).isEqualTo(5_000);
        assertThat(stopped.committedLine()).isEqualTo(5_001);
        assertThat(stopped.percent()).isBetween(40.0, 43.0);
        assertThat(rowsInRoll(expected.claves())).isLessThan(expected.claves().size());

        assertThat(importing.resume(id)).isTrue();
        assertThat(importing.resume(id)).as("a running import is not started twice").isFalse();
        RollImportJob done = awaitEnd(id);

        assertThat(done.status()).isEqualTo(RollImportStatus.TERMINADA);
        assertThat(done.rowsRead()).isEqualTo(LINES);
        assertThat(done.rowsRejected()).isEqualTo(expected.badLines().size());
        assertThat(done.committedByte()).isEqualTo(Files.size(file));
        assertThat(rowsInRoll(expected.claves())).isEqualTo(expected.claves().size());
        assertThat(jobs.errors(id, LINES)).hasSize(expected.badLines().size());
    }

    @Test
    void ineStaffUploadOnThePageFollowTheImportAndDownloadItsErrorReport() throws IOException {
        Path file = generated("portal.csv", 2_000);
        Expected expected = expected(file);
        PortalSession session = portal(ANALYST);
        assertThat(session.get("/padron").body()).contains("Padrón electoral", RollFile.HEADER,
                "Valores aceptados en la columna estatus", "EN_LISTA_NOMINAL", "BAJA_POR_DEFUNCION",
                "SUSPENSION_DE_DERECHOS_POLITICOS").doesNotContain("<code>NO_ENCONTRADO</code>");

        var uploaded = session.upload("/padron", "archivo", "portal-" + file.getFileName(), Files.readAllBytes(file));

        assertThat(uploaded.statusCode()).isEqualTo(302);
        long id = jobs.recent(1).get(0).id();
        assertThat(session.follow(uploaded).body()).contains("Comenzó la importación " + id);
        assertThat(jobs.find(id).orElseThrow().fileName()).isEqualTo("portal-" + file.getFileName());
        assertThat(awaitEnd(id).rowsRejected()).isEqualTo(expected.badLines().size());
        assertThat(session.get("/padron").body()).contains("importacion-" + id, "Terminada");
        String report = session.get("/padron/" + id + "/errores.csv").body();
        assertThat(report.lines()).hasSize(expected.badLines().size() + 1).first().isEqualTo("linea,codigo,mensaje");

        var badHeader = session.upload("/padron", "archivo", "sin-encabezado.csv", "a,b\n".getBytes());
        assertThat(session.follow(badHeader).body()).contains("encabezado");
    }

    @Test
    void theApiImportsAServerSideFileOfTheRollFolderOnly() throws IOException {
        Path file = generated("api.csv", 1_000);
        Expected expected = expected(file);

        var started = postJson("/api/v1/roll/imports", ANALYST, Map.of("path", file.getFileName().toString()));

        assertThat(started.statusCode()).isEqualTo(202);
        long id = body(started).get("id").asLong();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/roll/imports/" + id);
        awaitEnd(id);
        var progress = body(get("/api/v1/roll/imports/" + id, ANALYST));
        assertThat(progress.get("status").asText()).isEqualTo("TERMINADA");
        assertThat(progress.get("rowsImported").asLong()).isEqualTo(1_000 - expected.badLines().size());
        assertThat(progress.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(progress.has("storedPath")).isFalse();
        assertThat(file).exists();
        assertThat(get("/api/v1/roll/imports/" + id + "/errors", ANALYST).body().lines())
                .hasSize(expected.badLines().size() + 1);

        var outside = postJson("/api/v1/roll/imports", ANALYST, Map.of("path", "../../pom.xml"));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(body(outside).get("code").asText()).isEqualTo("RUTA_NO_PERMITIDA");
        Files.writeString(file.resolveSibling("sin-encabezado.csv"), "clave,nombre\n");
        var noHeader = postJson("/api/v1/roll/imports", ANALYST, Map.of("path", "sin-encabezado.csv"));
        assertThat(noHeader.statusCode()).isEqualTo(400);
        assertThat(body(noHeader).get("code").asText()).isEqualTo("ENCABEZADO_INVALIDO");
        var unknown = get("/api/v1/roll/imports/999999999", ANALYST);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("message").asText()).contains("No existe la importación");
    }

    @Test
    void theApiTakesAnUploadedFile() throws IOException {
        Path file = generated("subido.csv", 500);
        Expected expected = expected(file);
        String boundary = "----padron" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"subido.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(uri("/api/v1/roll/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ANALYST + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build();

        var started = send(request);

        assertThat(started.statusCode()).isEqualTo(202);
        RollImportJob done = awaitEnd(body(started).get("id").asLong());
        assertThat(done.fileName()).isEqualTo("subido.csv");
        assertThat(done.rowsImported()).isEqualTo(500 - expected.badLines().size());
        assertThat(Path.of(done.storedPath()))
                .startsWithRaw(Path.of(rollDirectory).toAbsolutePath().normalize().resolve(RollImport.UPLOADS));
        // the upload, the claves in plain text, is gone once imported; a server-side file stays the operator's
        assertThat(Path.of(done.storedPath())).doesNotExist();
    }

    @Test
    void onlyIneStaffReachThePageAndTheApi() {
        var representative = newRepresentative(newFixture());
        assertThat(get("/api/v1/roll/imports", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(postJson("/api/v1/roll/imports", REVIEWER, Map.of("path", "x.csv")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/roll/imports", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/roll/imports", ANALYST).statusCode()).isEqualTo(200);
        assertThat(portal(REVIEWER).get("/padron").statusCode()).isEqualTo(403);
        assertThat(portal(representative).get("/padron").statusCode()).isEqualTo(403);
        assertThat(portal(REVIEWER).get("/padron/1/errores.csv").statusCode()).isEqualTo(403);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A synthetic roll in the roll folder, with a fresh seed so that each run brings new citizens. */
    private Path generated(String name, int lines) throws IOException {
        Path dir = Files.createDirectories(Path.of(rollDirectory));
        long seed = ThreadLocalRandom.current().nextLong();
        Path file = dir.resolve(seed + "-" + name);
        new SyntheticRollGenerator(seed, BAD_SHARE).write(file, lines);
        return file;
    }

    /** Reads the file with the import's own parser: which lines it must refuse and which claves end in the roll. */
    private static Expected expected(Path file) throws IOException {
        Set<Long> bad = new HashSet<>();
        Set<String> claves = new HashSet<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            if (RollFile.parse(lines.get(i)) instanceof Citizen c) {
                claves.add(c.entry().claveElector());
            } else {
                bad.add(i + 1L);
            }
        }
        return new Expected(bad, new ArrayList<>(claves));
    }

    private long rowsInRoll(List<String> claves) {
        return jdbc.execute((ConnectionCallback<Long>) c -> {
            try (var s = c.prepareStatement("select count(*) from captacion.electoral_roll where clave_elector = any (?)")) {
                s.setArray(1, c.createArrayOf("varchar", claves.toArray()));
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private RollImportJob awaitEnd(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            RollImportJob job = jobs.find(id).orElseThrow();
            if (job.status() != RollImportStatus.EN_CURSO) {
                return job;
            }
            sleep(100);
        }
        throw new AssertionError("La importación " + id + " no terminó");
    }
}
