package mx.captacion.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.hearings.internal.HearingTestBase;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PlatformClock;
import mx.captacion.platform.Roles;
import mx.captacion.retention.internal.PurgingPersonalData;

/**
 * A capture process past its retention, on a clock moved forward: after the purge no CURP, clave,
 * name or image of its citizens and auxiliares is left in any table (domain, ACT_RU_*, ACT_HI_*,
 * ACT_GE_BYTEARRAY) nor in the blob folder, while every report and the nota informativa at earlier
 * cut-offs say exactly what they said; a process within its retention and a held one are untouched.
 */
class RetentionIT extends HearingTestBase {

    // Citizens of this run only: the shared stream repeats from run to run, and an earlier run's
    // kept processes would hold the same claves.
    private final SyntheticSubmissions citizens = new SyntheticSubmissions(System.nanoTime(), 20_000);

    @Autowired
    PurgingPersonalData purging;
    @Autowired
    BlobStore blobs;
    @Autowired
    TaskService tasks;
    @Value("${captacion.blobs.directory}")
    Path blobDirectory;

    @Test
    void afterItsRetentionAProcessKeepsNoPersonalDataWhileItsReportsAtEarlierCutoffsStayTheSame() throws Exception {
        Fixture purged = newFixture();
        String rep = newRepresentative(purged);
        Fixture kept = newFixture();
        Fixture held = newFixture();
        jdbc.update("update captacion.capture_process set period_end = ? where code = ?",
                LocalDate.now(CaptureProcess.ZONE).plusYears(3), kept.processCode());

        // the purged process: a judged record contested and confirmed, a valid one and its
        // duplicate, and one still waiting at the control desk (its task holds the ficha)
        SyntheticCitizen judgedCitizen = citizens.nextCitizen();
        SyntheticCitizen validCitizen = citizens.nextCitizen();
        SyntheticCitizen waitingCitizen = citizens.nextCitizen();
        SyntheticCitizen auxiliarCitizen = citizens.nextCitizen();
        Instant captured = clock.instant().minusSeconds(300);
        UUID judged = inconsistent(submission(purged, judgedCitizen, captured));
        Instant firstCutoff = clock.instant();
        sleep(5);
        UUID valid = paraCompulsa(submission(purged, validCitizen, captured.plusSeconds(30)));
        UUID duplicate = accepted(submission(purged, validCitizen, captured.plusSeconds(60)));
        awaitStatus(duplicate, "DUPLICADO");
        UUID waiting = accepted(submission(purged, waitingCitizen, captured.plusSeconds(90)));
        awaitStatus(waiting, "EN_MESA_DE_CONTROL");
        HttpResponse<String> form = get("/engine-rest/task/" + taskOf(waiting) + "/form-variables", REVIEWER);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(waitingCitizen.claveElector());
        assertThat(postJson("/api/v1/processes/" + purged.processCode() + "/audiencia", ANALYST,
                Map.of("force", true)).statusCode()).isEqualTo(201);
        assertThat(contest(purged, rep, List.of(judged), ARGUMENT + " Firmó " + judgedCitizen.fullName() + ".")
                .statusCode()).isEqualTo(201);
        decide(judged, "CONFIRMAR", "La firma no es la de " + judgedCitizen.fullName() + ".");
        awaitDecided(judged);
        auxiliarWithCredential(purged.activeAuxiliar(), auxiliarCitizen);
        Instant secondCutoff = clock.instant();
        sleep(5);

        UUID keptRecord = accepted(submission(kept, citizens.nextCitizen(), captured));
        UUID heldRecord = accepted(submission(held, citizens.nextCitizen(), captured));
        awaitStatus(keptRecord, "EN_MESA_DE_CONTROL");
        awaitStatus(heldRecord, "EN_MESA_DE_CONTROL");
        HttpResponse<String> hold = postJson("/api/v1/retencion/" + held.processCode() + "/suspension", ANALYST,
                Map.of("motivo", "Juicio de prueba SUP-JDC-1/2027: conservar hasta la sentencia"));
        assertThat(hold.statusCode()).as(hold.body()).isEqualTo(201);
        Instant thirdCutoff = clock.instant();
        sleep(5);

        List<Instant> cutoffs = List.of(firstCutoff, secondCutoff, thirdCutoff);
        Map<String, String> reportsBefore = reports(purged, cutoffs);
        List<String> purgedHashes = hashesOf(purged);
        assertThat(purgedHashes).hasSizeGreaterThanOrEqualTo(4 * 4 + 1);
        assertThat(purgedHashes).allSatisfy(hash -> assertThat(blobFile(hash)).exists());
        Map<String, String> keptBefore = rowsOf(kept);
        Map<String, String> heldBefore = rowsOf(held);
        long logEntriesBefore = jdbc.queryForObject("""
                select count(*) from captacion.access_log l join captacion.citizen_record r on r.id = l.record_id
                 where r.process_id = (select id from captacion.capture_process where code = ?)""", Long.class,
                purged.processCode());
        assertThat(logEntriesBefore).isPositive();
        List<String> personal = personalTexts(List.of(judgedCitizen, validCitizen, waitingCitizen, auxiliarCitizen));
        assertThat(tablesHolding(personal)).as("antes de depurar").isNotEmpty();

        // A run stopped half-way: one image file cannot be deleted (a directory stands in its place)
        Path stuck = blobFile(purgedHashes.get(0));
        Files.delete(stuck);
        Files.createDirectories(stuck.resolve("ocupado"));
        Instant afterRetention = LocalDate.now(CaptureProcess.ZONE).plusMonths(2).plusDays(1)
                .atStartOfDay(CaptureProcess.ZONE).plusYears(1).plusDays(1).toInstant();
        List<String> othersHeld = holdEveryOtherProcessDueBy(afterRetention, purged, held);
        PlatformClock platformClock = (PlatformClock) clock;
        try {
            String stopped = platformClock.at(afterRetention, () -> purging.purgeDue("prueba"));
            assertThat(stopped).contains("interrumpidos", purged.processCode());
            assertThat(jdbc.queryForObject("""
                    select count(*) from captacion.retention_purge g join captacion.capture_process p on p.id = g.process_id
                     where p.code = ? and g.finished_at is null""", Long.class, purged.processCode())).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from captacion.retention_blob", Long.class)).isPositive();
            // what the stopped run committed stays purged: every record and auxiliar of the process
            assertThat(jdbc.queryForObject("""
                    select count(*) from captacion.citizen_record r join captacion.capture_process p on p.id = r.process_id
                     where p.code = ? and r.purged_at is null""", Long.class, purged.processCode())).isZero();
            assertThat(jdbc.queryForObject("select count(*) from captacion.auxiliar where actor_id = ? and purged_at is null",
                    Long.class, purged.actorId())).isZero();

            Files.delete(stuck.resolve("ocupado"));
            String finished = platformClock.at(afterRetention, () -> purging.purgeDue("prueba"));
            assertThat(finished).contains("depurados [" + purged.processCode() + "]")
                    .contains("suspendidos por una retención legal").contains(held.processCode())
                    .doesNotContain("interrumpidos");
            // run again: nothing left to do, nothing changes
            String again = platformClock.at(afterRetention, () -> purging.purgeDue("prueba"));
            assertThat(again).doesNotContain(purged.processCode());
        } finally {
            othersHeld.forEach(code -> jdbc.update("""
                    update captacion.retention_hold set released_by = 'retention.it', released_at = now()
                     where released_at is null and process_id = (select id from captacion.capture_process where code = ?)""",
                    code));
        }

        assertThat(tablesHolding(personal)).as("tablas y columnas que aún guardan datos personales del proceso depurado")
                .isEmpty();
        assertThat(purgedHashes).allSatisfy(hash -> assertThat(blobFile(hash)).doesNotExist());
        assertThat(jdbc.queryForObject("select count(*) from captacion.retention_blob", Long.class)).isZero();
        assertThat(rowsOf(kept)).isEqualTo(keptBefore);
        assertThat(rowsOf(held)).isEqualTo(heldBefore);
        assertThat(hashesOf(kept)).allSatisfy(hash -> assertThat(blobFile(hash)).exists());
        assertThat(hashesOf(held)).allSatisfy(hash -> assertThat(blobFile(hash)).exists());
        assertThat(reports(purged, cutoffs)).isEqualTo(reportsBefore);

        // every bitácora row stays, with the clave's stand-in; the counted citizen too
        assertThat(jdbc.queryForList("""
                select l.clave_elector from captacion.access_log l join captacion.citizen_record r on r.id = l.record_id
                 where r.process_id = (select id from captacion.capture_process where code = ?)""", String.class,
                purged.processCode())).hasSize((int) logEntriesBefore).allMatch(c -> c.matches("[0-9a-f]{18}"));
        assertThat(jdbc.queryForObject("select clave_elector from captacion.counted_citizen where record_id = ?",
                String.class, valid)).isEqualTo(jdbc.queryForObject(
                "select clave_elector from captacion.citizen_record where id = ?", String.class, duplicate));
        // the waiting record's task is still there, without its ficha
        String task = taskOf(waiting);
        assertThat(tasks.getVariablesLocal(task)).doesNotContainKeys("ficha", "imagenes");
        assertThat(get("/engine-rest/task/" + task + "/form-variables", REVIEWER).body())
                .doesNotContain(waitingCitizen.claveElector());
        JsonNode log = body(get("/api/v1/retencion/depuraciones", ANALYST));
        JsonNode entry = null;
        for (JsonNode e : log) {
            if (e.get("processCode").asText().equals(purged.processCode())) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("records").asLong()).isEqualTo(4);
        assertThat(entry.get("auxiliares").asLong()).isEqualTo(3);
        assertThat(entry.get("blobs").asLong()).isEqualTo(purgedHashes.stream().distinct().count());
        assertThat(entry.get("variables").asLong()).isPositive();
        assertThat(entry.get("accessLogEntries").asLong()).isEqualTo(logEntriesBefore);
        assertThat(entry.get("finishedAt").isNull()).isFalse();
        assertThat(entry.get("startedBy").asText()).isEqualTo("prueba");
        JsonNode heldNow = process(held.processCode());
        assertThat(heldNow.get("hold").get("skippedTimes").asInt()).isEqualTo(3);
        assertThat(heldNow.get("keepsPersonalData").asBoolean()).isTrue();
        assertThat(process(purged.processCode()).get("keepsPersonalData").asBoolean()).isFalse();
    }

    @Test
    void onlyIneStaffSeeTheRetentionAndPlaceOrReleaseHoldsWithReasonsInSpanish() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        ensureUser("mesa.retencion.it", Roles.MESA_CONTROL);
        String path = "/api/v1/retencion/" + f.processCode() + "/suspension";

        assertThat(get("/api/v1/retencion", rep).statusCode()).isEqualTo(403);
        assertThat(postJson(path, rep, Map.of("motivo", "Un motivo cualquiera de prueba")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/retencion/depuraciones", "mesa.retencion.it").statusCode()).isEqualTo(403);
        assertThat(portal(rep).get("/retencion").statusCode()).isEqualTo(403);

        HttpResponse<String> noReason = postJson(path, ANALYST, Map.of("motivo", "corto"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("code").asText()).isEqualTo("MOTIVO_REQUERIDO");
        assertThat(body(noReason).get("message").asText()).contains("motivo de la suspensión");
        HttpResponse<String> unknown = postJson("/api/v1/retencion/NO-EXISTE-RET/suspension", ANALYST,
                Map.of("motivo", "Expediente de prueba 2027"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("code").asText()).isEqualTo("PROCESO_DESCONOCIDO");

        HttpResponse<String> placed = postJson(path, ANALYST, Map.of("motivo", "Expediente de prueba 2027"));
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(body(placed).get("hold").get("placedBy").asText()).isEqualTo(ANALYST);
        assertThat(body(placed).get("hold").get("reason").asText()).isEqualTo("Expediente de prueba 2027");
        HttpResponse<String> twice = postJson(path, ANALYST, Map.of("motivo", "Expediente de prueba 2027"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(body(twice).get("code").asText()).isEqualTo("SUSPENSION_VIGENTE");

        String page = portal(ANALYST).get("/retencion").body();
        assertThat(page).contains("Conservación y depuración de datos personales", f.processCode(),
                "Suspendida por " + ANALYST, "Expediente de prueba 2027", "Levantar la suspensión");

        HttpResponse<String> badPeriod = send(java.net.http.HttpRequest.newBuilder(
                        uri("/api/v1/retencion/" + f.processCode() + "/plazo"))
                .header("Authorization", basic(ANALYST)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"plazo\":\"un año\"}")).build());
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(body(badPeriod).get("code").asText()).isEqualTo("PLAZO_INVALIDO");

        HttpResponse<String> released = send(java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(ANALYST)).DELETE().build());
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(body(released).get("hold").isNull()).isTrue();
        assertThat(jdbc.queryForObject("""
                select released_by from captacion.retention_hold h join captacion.capture_process p on p.id = h.process_id
                 where p.code = ?""", String.class, f.processCode())).isEqualTo(ANALYST);
        HttpResponse<String> none = send(java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(ANALYST)).DELETE().build());
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(body(none).get("code").asText()).isEqualTo("SIN_SUSPENSION");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private JsonNode process(String code) {
        for (JsonNode p : body(get("/api/v1/retencion", ANALYST))) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("Sin el proceso " + code);
    }

    /** The auxiliar registered in the app with this citizen's credential (as the app registration leaves it). */
    private void auxiliarWithCredential(String auxiliarId, SyntheticCitizen citizen) {
        String anverso = blobs.put(Base64.getDecoder().decode(citizens.imagesOf(citizen).anverso()));
        jdbc.update("""
                update captacion.auxiliar set name = ?, clave_elector = ?, anverso_hash = ?, search_text = lower(?)
                 where auxiliar_id = ?""", citizen.fullName(), citizen.claveElector(), anverso,
                auxiliarId + " " + citizen.fullName(), auxiliarId);
    }

    /**
     * Every report of the actor and its process at the cut-offs, as INE reads them over the API, and
     * the nota informativa's text. The quality report lists auxiliares by name, which the purge
     * suppresses: its figures are compared without the name.
     */
    private Map<String, String> reports(Fixture f, List<Instant> cutoffs) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Instant cutoff : cutoffs) {
            for (String path : List.of("/api/v1/actors/" + f.folio() + "/progress",
                    "/api/v1/actors/" + f.folio() + "/auxiliares-report", "/api/v1/actors/" + f.folio() + "/threshold",
                    "/api/v1/actors/" + f.folio() + "/records-per-day",
                    "/api/v1/processes/" + f.processCode() + "/actors-per-day",
                    "/api/v1/processes/" + f.processCode() + "/records-per-month",
                    "/api/v1/processes/" + f.processCode() + "/records-per-month-by-state",
                    "/api/v1/processes/" + f.processCode() + "/records-per-month-by-actor")) {
                HttpResponse<String> answer = get(path + "?cutoff=" + cutoff, ANALYST);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                answers.put(path + "@" + cutoff, answer.body());
            }
            JsonNode quality = body(get("/api/v1/actors/" + f.folio() + "/auxiliares-quality?cutoff=" + cutoff, ANALYST));
            quality.findParents("nombre").forEach(row -> ((ObjectNode) row).remove("nombre"));
            answers.put("quality@" + cutoff, quality.toString());
            HttpResponse<byte[]> nota = getBytes("/api/v1/actors/" + f.folio() + "/nota-informativa.pdf?cutoff=" + cutoff,
                    ANALYST);
            assertThat(nota.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(nota.body())) {
                answers.put("nota@" + cutoff, new PDFTextStripper().getText(document));
            }
        }
        return answers;
    }

    /** Every image hash a record or auxiliar of the fixture's process names. */
    private List<String> hashesOf(Fixture f) {
        List<String> hashes = new ArrayList<>(jdbc.queryForList("""
                select h from (select anverso_hash h, process_id from captacion.citizen_record
                               union all select reverso_hash, process_id from captacion.citizen_record
                               union all select foto_viva_hash, process_id from captacion.citizen_record
                               union all select firma_hash, process_id from captacion.citizen_record) x
                 where h is not null and process_id = (select id from captacion.capture_process where code = ?)""",
                String.class, f.processCode()));
        hashes.addAll(jdbc.queryForList("""
                select a.anverso_hash from captacion.auxiliar a where a.anverso_hash is not null
                   and a.actor_id = ?""", String.class, f.actorId()));
        return hashes;
    }

    private Path blobFile(String hash) {
        return blobDirectory.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    /** The process's records and auxiliares as rows of text, by id. */
    private Map<String, String> rowsOf(Fixture f) {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.query("""
                select r.id::text, row_to_json(r)::text from captacion.citizen_record r
                 where r.process_id = (select id from captacion.capture_process where code = ?) order by r.id""",
                (java.sql.ResultSet rs) -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, f.processCode());
        jdbc.query("select a.auxiliar_id, row_to_json(a)::text from captacion.auxiliar a where a.actor_id = ? order by a.id",
                (java.sql.ResultSet rs) -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, f.actorId());
        return rows;
    }

    /** What would name these people: CURP, clave de elector, full name. */
    private static List<String> personalTexts(List<SyntheticCitizen> people) {
        List<String> texts = new ArrayList<>();
        people.forEach(c -> texts.addAll(List.of(c.curp(), c.claveElector(), c.fullName())));
        return texts;
    }

    /**
     * Each table and column of the platform's schema (the lista nominal aside: INE's own register,
     * not data a process collected) and of Camunda's runtime, history and byte arrays that holds any
     * of the texts.
     */
    private List<String> tablesHolding(List<String> texts) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_schema, table_name, column_name, data_type from information_schema.columns
                 where ((table_schema = 'captacion' and table_name <> 'electoral_roll')
                        or (table_schema = 'public' and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%'
                            or table_name = 'act_ge_bytearray')))
                   and data_type in ('character varying', 'text', 'character', 'bytea')""");
        assertThat(columns).hasSizeGreaterThan(100);
        for (Map<String, Object> column : columns) {
            String table = column.get("table_schema") + "." + column.get("table_name");
            String name = (String) column.get("column_name");
            boolean bytes = "bytea".equals(column.get("data_type"));
            String where = bytes ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                    : "\"" + name + "\" like '%' || ? || '%'";
            // one query per column, the texts counted apart, so a hit names what was found
            String counts = String.join(", ", texts.stream().map(t -> "count(*) filter (where " + where + ")").toList());
            List<Long> hits = jdbc.queryForObject("select " + counts + " from " + table, (rs, n) -> {
                List<Long> each = new ArrayList<>();
                for (int i = 1; i <= texts.size(); i++) {
                    each.add(rs.getLong(i));
                }
                return each;
            }, texts.toArray());
            for (int i = 0; i < texts.size(); i++) {
                if (hits.get(i) > 0) {
                    found.add(table + "." + name + " («" + texts.get(i) + "»)");
                }
            }
        }
        return found;
    }

    /**
     * Holds, for the test's purge, every other process of the shared test database that would be
     * due (other tests' fixtures, the seed replay's), so that only this test's process is purged.
     */
    private List<String> holdEveryOtherProcessDueBy(Instant at, Fixture purged, Fixture held) {
        List<String> others = new ArrayList<>();
        for (JsonNode p : body(get("/api/v1/retencion", ANALYST))) {
            String code = p.get("code").asText();
            if (!code.equals(purged.processCode()) && !code.equals(held.processCode()) && p.get("hold").isNull()
                    && !Instant.parse(p.get("dueAt").asText()).isAfter(at)) {
                assertThat(postJson("/api/v1/retencion/" + code + "/suspension", ANALYST,
                        Map.of("motivo", "Conservado durante RetentionIT")).statusCode()).isEqualTo(201);
                others.add(code);
            }
        }
        return others;
    }
}
