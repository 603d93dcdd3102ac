package mx.captacion.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.fasterxml.jackson.databind.JsonNode;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PlatformClock;
import mx.captacion.platform.Roles;

/**
 * The bitácora over real HTTP on PostgreSQL: each view of personal data leaves exactly one entry
 * with the viewer, their groups, the record or subject, the path and the client's address; INE
 * staff find the entries by user, record, clave and period, as JSON and CSV; nobody can change or
 * delete an entry, whatever role connects.
 */
class AccessLogIT extends IntegrationTestBase {

    private static final String AUXILIAR_REVIEWER = "bitacora.auxiliares.it";
    private static final String AGENT = "bitacora.mato.it";
    private static final String OPERATOR = "bitacora.operacion.it";

    @Autowired
    BlobStore blobs;
    @Autowired
    DataSource dataSource;
    @Autowired
    AccessLog accessLog;

    private Fixture fixture;

    @BeforeEach
    void users() {
        ensureReviewerAndAnalyst();
        ensureUser(AUXILIAR_REVIEWER, Roles.REVISION_AUXILIARES);
        ensureUser(AGENT, Roles.MATO);
        ensureUser(OPERATOR, Roles.CAMUNDA_ADMIN);
        fixture = newFixture();
    }

    @Test
    void aReviewerOpeningAnImageAndTheTaskFormLeavesOneEntryEachWithTheClientBehindTheProxy() {
        UUID recordId = accepted(submission(fixture));
        String task = taskOf(recordId);
        String clave = jdbc.queryForObject("select clave_elector from captacion.citizen_record where id = ?",
                String.class, recordId);

        // the test client is on loopback, a proxy Tomcat trusts: the address it forwards is the client's
        HttpResponse<String> image = send(HttpRequest.newBuilder(uri(imagePath(recordId)))
                .header("Authorization", basic(REVIEWER)).header("X-Forwarded-For", "203.0.113.7").GET().build());
        HttpResponse<String> form = get("/engine-rest/task/" + task + "/form-variables", REVIEWER);

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(body(form).get("ficha").get("value").asText()).contains(clave);
        List<Map<String, Object>> entries = entriesOf(recordId);
        assertThat(entries).extracting(e -> e.get("kind")).containsExactly("RECORD_IMAGE", "TASK_FORM");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("user_id")).isEqualTo(REVIEWER);
            assertThat((String) e.get("roles")).contains(Roles.MESA_CONTROL);
            assertThat(e.get("clave_elector")).isEqualTo(clave);
        });
        assertThat(entries.get(0).get("path")).isEqualTo(imagePath(recordId));
        assertThat(entries.get(0).get("client_address")).isEqualTo("203.0.113.7");
        assertThat(entries.get(1).get("path")).isEqualTo("/engine-rest/task/" + task + "/form-variables");
        assertThat(entries.get(1).get("subject")).isEqualTo(recordId.toString());
        assertThat((String) entries.get(1).get("client_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void anOperatorReadingAProcesssVariablesAsCockpitDoesLeavesOneEntryForTheRecord() {
        UUID recordId = accepted(submission(fixture));
        taskOf(recordId);
        String instance = jdbc.queryForObject(
                "select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'citizen-record'",
                String.class, recordId.toString());

        // the query Cockpit's variables tab sends (to the webapps' copy of the REST API, with its CSRF token)
        HttpResponse<String> variables = postJson("/engine-rest/variable-instance"
                + "?deserializeValues=false&firstResult=0&maxResults=50", OPERATOR, Map.of("processInstanceIdIn", List.of(instance)));
        HttpResponse<String> count = postJson("/engine-rest/history/variable-instance/count", OPERATOR,
                Map.of("processInstanceId", instance));

        assertThat(variables.statusCode()).isEqualTo(200);
        assertThat(body(variables).size()).isGreaterThan(1);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(entriesOf(recordId)).singleElement().satisfies(e -> {
            assertThat(e.get("kind")).isEqualTo("PROCESS_VARIABLES");
            assertThat(e.get("user_id")).isEqualTo(OPERATOR);
            assertThat((String) e.get("path")).isEqualTo("/engine-rest/variable-instance");
        });
    }

    @Test
    void aRefusedOrMissingImageLeavesNoEntry() {
        UUID recordId = accepted(submission(fixture));

        assertThat(getBytes(imagePath(recordId), ANALYST).statusCode()).isEqualTo(403);
        assertThat(getBytes("/mesa-control/registros/" + recordId + "/imagenes/otra", REVIEWER).statusCode()).isEqualTo(404);

        assertThat(entriesOf(recordId)).isEmpty();
    }

    @Test
    void anAuxiliarReviewerOpeningACredentialLeavesOneEntryNamingTheAuxiliar() {
        String hash = blobs.put(Base64.getDecoder().decode(submission(fixture).images().anverso()));
        jdbc.update("update captacion.auxiliar set anverso_hash = ? where auxiliar_id = ?", hash, fixture.activeAuxiliar());

        HttpResponse<byte[]> credential = getBytes("/revision-auxiliares/auxiliares/" + fixture.activeAuxiliar()
                + "/credencial/anverso", AUXILIAR_REVIEWER);

        assertThat(credential.statusCode()).isEqualTo(200);
        List<Map<String, Object>> entries = jdbc.queryForList(
                "select * from captacion.access_log where subject = ?", fixture.activeAuxiliar());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("kind")).isEqualTo("AUXILIAR_CREDENTIAL");
            assertThat(e.get("user_id")).isEqualTo(AUXILIAR_REVIEWER);
            assertThat((String) e.get("roles")).contains(Roles.REVISION_AUXILIARES);
        });
    }

    @Test
    void aNameSearchOfTheHelpDeskLeavesOneEntryWithTheSearchedName() {
        String name = "Nombre Buscado " + ThreadLocalRandom.current().nextInt(1_000_000);

        HttpResponse<String> search = get("/api/v1/mesa-ayuda/busqueda?nombre=" + name.replace(" ", "+"), AGENT);

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select * from captacion.access_log where subject = ?", name))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("kind")).isEqualTo("NAME_SEARCH");
                    assertThat(e.get("user_id")).isEqualTo(AGENT);
                    assertThat(e.get("path")).isEqualTo("/api/v1/mesa-ayuda/busqueda");
                });
    }

    @Test
    void anAgentOpeningATicketAndARepresentativeOpeningAnAuxiliarLeaveOneEntryEach() {
        HttpResponse<String> call = postJson("/api/v1/mesa-ayuda/llamadas", AGENT, Map.of(
                "callerName", "Abril Soto Nava", "phone", "5550001111", "types", List.of("ACCESO_APP"),
                "reason", "No puede entrar", "result", "Se le indicó reinstalar.", "resolved", true));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String number = body(call).get("number").asText();
        String representative = newRepresentative(fixture);

        assertThat(get("/mesa-ayuda/reportes/" + body(call).get("id").asLong(), AGENT).body()).contains("Abril Soto Nava");
        assertThat(get("/organizacion/auxiliares/" + fixture.activeAuxiliar(), representative).statusCode()).isEqualTo(200);

        assertThat(jdbc.queryForList("select kind, user_id from captacion.access_log where subject = ?", number))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("kind")).isEqualTo("TICKET");
                    assertThat(e.get("user_id")).isEqualTo(AGENT);
                });
        assertThat(jdbc.queryForList("select user_id from captacion.access_log where kind = 'AUXILIAR_DETAIL'"
                + " and subject = ?", String.class, fixture.activeAuxiliar())).containsExactly(representative);
    }

    @Test
    void ineStaffFindTheEntriesByUserRecordClaveAndPeriodAsJsonAndCsv() throws Exception {
        // a citizen of this run only: the searches by clave counted below are this run's, on a reused database too
        UUID recordId = accepted(submission(fixture,
                new mx.captacion.demo.SyntheticCitizens(ThreadLocalRandom.current().nextLong()).next(),
                clock.instant().minusSeconds(60)));
        String clave = jdbc.queryForObject("select clave_elector from captacion.citizen_record where id = ?",
                String.class, recordId);
        assertThat(getBytes(imagePath(recordId), REVIEWER).statusCode()).isEqualTo(200);
        String today = LocalDate.now(mx.captacion.platform.Cutoffs.ZONE).toString();

        JsonNode byRecord = body(get("/api/v1/bitacora?registro=" + recordId, ANALYST));
        JsonNode byClave = body(get("/api/v1/bitacora?clave=" + clave.toLowerCase(), ANALYST));
        JsonNode byUserToday = body(get("/api/v1/bitacora?usuario=" + REVIEWER + "&registro=" + recordId
                + "&desde=" + today + "&hasta=" + today, ANALYST));
        JsonNode tomorrow = body(get("/api/v1/bitacora?registro=" + recordId + "&desde="
                + LocalDate.parse(today).plusDays(1), ANALYST));

        assertThat(byRecord.get("total").asLong()).isEqualTo(1);
        assertThat(byRecord.get("entries").get(0).get("userId").asText()).isEqualTo(REVIEWER);
        assertThat(byRecord.get("entries").get(0).get("claveElector").asText()).isEqualTo(clave);
        assertThat(byClave.get("entries")).extracting(e -> e.get("recordId").asText()).contains(recordId.toString());
        assertThat(byUserToday.get("total").asLong()).isEqualTo(1);
        assertThat(tomorrow.get("total").asLong()).isZero();

        HttpResponse<String> csv = get("/api/v1/bitacora.csv?registro=" + recordId, ANALYST);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("usuario")).isEqualTo(REVIEWER);
            assertThat(row.get("registro")).isEqualTo(recordId.toString());
            assertThat(row.get("clave_elector")).isEqualTo(clave);
            assertThat(row.get("tipo")).isEqualTo("RECORD_IMAGE");
        });
        HttpResponse<String> page = get("/bitacora?registro=" + recordId, ANALYST);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(clave, REVIEWER, "/bitacora/bitacora.csv?registro=" + recordId);
        assertThat(get("/bitacora/bitacora.csv?registro=" + recordId, ANALYST).body()).contains(clave);
        assertThat(get("/api/v1/bitacora?registro=no-es-uuid", ANALYST).statusCode()).isEqualTo(400);
        // who looked into the log is in the log: each search and download, with its filters
        assertThat(jdbc.queryForList("select subject from captacion.access_log where kind = 'ACCESS_LOG_SEARCH'"
                + " and user_id = ? and subject like ?", String.class, ANALYST, "%" + recordId + "%"))
                .contains("registro=" + recordId, "registro=" + recordId + " (CSV)",
                        "usuario=" + REVIEWER + "; registro=" + recordId + "; desde=" + today + "; hasta=" + today);
        assertThat(jdbc.queryForList("select subject from captacion.access_log where kind = 'ACCESS_LOG_SEARCH'"
                + " and subject = ?", String.class, "clave=" + clave.toLowerCase())).hasSize(1);
    }

    @Test
    void onlyIneStaffSearchTheLog() {
        assertThat(get("/api/v1/bitacora", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/bitacora.csv", AGENT).statusCode()).isEqualTo(403);
        assertThat(get("/bitacora", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/bitacora", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/bitacora", ANALYST).statusCode()).isEqualTo(200);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntryButTakesNewOnes() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into captacion.access_log (viewed_at, user_id, roles, kind, path, client_address)"
                    + " values (now(), 'intruso.it', '', 'NAME_SEARCH', '/x', '127.0.0.1')");
            assertThatThrownBy(() -> sql.executeUpdate("update captacion.access_log set user_id = 'otro' where user_id = 'intruso.it'"))
                    .hasMessageContaining("La bitácora de accesos solo admite altas: UPDATE rechazado");
            assertThatThrownBy(() -> sql.executeUpdate("delete from captacion.access_log where user_id = 'intruso.it'"))
                    .hasMessageContaining("La bitácora de accesos solo admite altas: DELETE rechazado");
            assertThatThrownBy(() -> sql.executeUpdate("truncate captacion.access_log"))
                    .hasMessageContaining("La bitácora de accesos solo admite altas: TRUNCATE rechazado");
        }
        assertThat(jdbc.queryForObject("select count(*) from captacion.access_log where user_id = 'intruso.it'",
                Long.class)).isPositive();
    }

    /**
     * What the log costs a view: the entry is one insert, committed before the answer. 200 of them
     * on this machine's PostgreSQL, timed one by one, in a period of their own (found by the search).
     */
    @Test
    void writingAnEntryCostsAboutAMillisecondAndThePeriodFindsExactlyThoseEntries() {
        String user = "medicion." + ThreadLocalRandom.current().nextInt(1_000_000) + ".it";
        Instant day = Instant.parse("2020-01-15T18:00:00Z");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mesa-control/registros/x/imagenes/anverso");
        request.setRemoteAddr("198.51.100.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(user, null, Roles.MESA_CONTROL));
        List<Long> micros = new ArrayList<>();
        try {
            ((PlatformClock) clock).runAt(day, () -> {
                for (int i = 0; i < 220; i++) {
                    long start = System.nanoTime();
                    accessLog.viewedRecord(Viewed.RECORD_IMAGE, UUID.randomUUID());
                    if (i >= 20) { // the first ones warm the pool and the statement
                        micros.add((System.nanoTime() - start) / 1000);
                    }
                }
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
            SecurityContextHolder.clearContext();
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        long p95 = micros.get(micros.size() * 95 / 100);
        System.out.printf("Bitácora: 200 entradas, mediana %d µs, p95 %d µs por vista%n", median, p95);

        assertThat(median).as("mediana en µs").isLessThan(20_000);
        assertThat(body(get("/api/v1/bitacora?usuario=" + user + "&desde=2020-01-15&hasta=2020-01-15", ANALYST))
                .get("total").asLong()).isEqualTo(220);
        assertThat(body(get("/api/v1/bitacora?usuario=" + user + "&desde=2020-01-16", ANALYST))
                .get("total").asLong()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from captacion.access_log where user_id = ? and viewed_at = ?",
                Long.class, user, Timestamp.from(day))).isEqualTo(220);
    }

    private static String imagePath(UUID recordId) {
        return "/mesa-control/registros/" + recordId + "/imagenes/anverso";
    }

    private List<Map<String, Object>> entriesOf(UUID recordId) {
        return jdbc.queryForList("select * from captacion.access_log where record_id = ? order by id", recordId);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
    }
}
