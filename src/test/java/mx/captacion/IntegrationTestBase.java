package mx.captacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.demo.SyntheticCitizens;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.platform.Roles;
import mx.captacion.platform.Users;
import mx.captacion.records.RecordSubmission;

/**
 * The whole platform on the real PostgreSQL, over real HTTP. Each test builds its own process,
 * actor and auxiliares with fresh ids, so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RecordingMails.Configuration.class)
public abstract class IntegrationTestBase {

    protected static final SyntheticSubmissions SUBMISSIONS = new SyntheticSubmissions(7L, 20_000);
    protected static final String REVIEWER = "revisora.it";
    protected static final String ANALYST = "analista.it";
    protected static final String PASSWORD = "Contraseña-de-prueba-1";

    @LocalServerPort
    protected int port;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected CaptureProcesses processes;
    @Autowired
    protected PoliticalActors actors;
    @Autowired
    protected Auxiliares auxiliares;
    @Autowired
    protected Clock clock;
    /** Every mail the platform queued while the tests ran. */
    @Autowired
    protected RecordingMails mails;

    private static final Map<String, String> DEVICE_TOKENS = new ConcurrentHashMap<>();

    /** The actors this test made, whose records {@link #assertEveryStatusHasItsHistory()} checks. */
    private final List<Long> actorsMade = new CopyOnWriteArrayList<>();

    static {
        TestDatabase.ensureExists();
        MailServer.ensureStarted();
    }

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** An actor in a process that runs this year, with one auxiliar in each status. */
    protected record Fixture(String processCode, String folio, Long actorId, String activeAuxiliar,
                             String bajaAuxiliar, String unregisteredAuxiliar) {
    }

    protected Fixture newFixture() {
        String suffix = suffix();
        LocalDate today = LocalDate.now(CaptureProcess.ZONE);
        CaptureProcess process = processes.save(new CaptureProcess("IT-" + suffix, "Proceso de prueba " + suffix,
                today.minusYears(1), today.plusMonths(2)));
        PoliticalActor actor = actor(process, suffix);
        String active = auxiliar(actor, suffix, "A", AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP);
        String baja = auxiliar(actor, suffix, "B", AuxiliarStatus.BAJA);
        String unregistered = auxiliar(actor, suffix, "S", AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);
        return new Fixture(process.getCode(), actor.getFolio().value(), actor.getId(), active, baja, unregistered);
    }

    /** Another actor in the fixture's process, with an active auxiliar only (double affiliation). */
    protected Fixture otherActorIn(Fixture fixture) {
        String suffix = suffix();
        PoliticalActor actor = actor(processes.findByCode(fixture.processCode()).orElseThrow(), suffix);
        return new Fixture(fixture.processCode(), actor.getFolio().value(), actor.getId(),
                auxiliar(actor, suffix, "A", AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP), null, null);
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private PoliticalActor actor(CaptureProcess process, String suffix) {
        PoliticalActor actor = actors.save(new PoliticalActor(process, new Folio("F00000" + suffix.substring(0, 9) + "1"),
                "Agrupación de Prueba " + suffix, "Representación de prueba", "rep" + suffix + "@captacion.example",
                clock.instant()));
        actorsMade.add(actor.getId());
        return actor;
    }

    /**
     * Every record of this test's actors has exactly one open history row, and it says what the
     * record says (status, inconsistency, registral status): a status changed without its history row
     * — a use case that moved a record but never saved it — leaves every report silently wrong. Status
     * and history commit together, so processes still running when the test ends cannot trip it.
     */
    protected void assertEveryStatusHasItsHistory() {
        if (actorsMade.isEmpty()) {
            return;
        }
        String actorIds = actorsMade.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        List<String> unrecorded = jdbc.queryForList("""
                select r.id || ' ' || r.status || coalesce(' ' || r.inconsistency_type, '') || coalesce(' ' || r.registral_status, '')
                       || ', history: ' || coalesce(string_agg(h.status || coalesce(' ' || h.inconsistency_type, '')
                       || coalesce(' ' || h.registral_status, ''), ' + '), 'none')
                  from captacion.citizen_record r
                  left join captacion.record_status_history h on h.record_id = r.id and h.valid_to is null
                 where r.actor_id = any (?::bigint[])
                 group by r.id, r.status, r.inconsistency_type, r.registral_status
                having count(h.id) <> 1
                    or bool_or(h.status is distinct from r.status or h.inconsistency_type is distinct from r.inconsistency_type
                               or h.registral_status is distinct from r.registral_status)""", String.class, actorIds);
        assertThat(unrecorded).as("records whose status is not their open history row's").isEmpty();
    }

    /**
     * An auxiliar written straight into its table (no lifecycle process, so no review can change it
     * under a test); an active one gets a device token, as if it had registered in the app.
     */
    private String auxiliar(PoliticalActor actor, String suffix, String kind, AuxiliarStatus status) {
        String id = "AX" + kind + suffix;
        auxiliares.save(new Auxiliar(new AuxiliarId(id), actor.getId(), "Auxiliar " + kind, id + "@captacion.example", status,
                clock.instant()));
        if (status == AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP) {
            String token = UUID.randomUUID().toString();
            jdbc.update("update captacion.auxiliar set device_token_hash = ? where auxiliar_id = ?", sha256(token), id);
            DEVICE_TOKENS.put(id, token);
        }
        return id;
    }

    /** The device token of a fixture's active auxiliar. */
    protected static String deviceToken(String auxiliarId) {
        return DEVICE_TOKENS.get(auxiliarId);
    }

    protected static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected RecordSubmission submission(Fixture f) {
        return SUBMISSIONS.next(f.processCode(), f.folio(), f.activeAuxiliar(), clock.instant().minusSeconds(60));
    }

    /** A submission of this citizen by the fixture's active auxiliar, captured at the instant. */
    protected RecordSubmission submission(Fixture f, SyntheticCitizens.SyntheticCitizen citizen, Instant capturedAt) {
        return SUBMISSIONS.of(citizen, f.processCode(), f.folio(), f.activeAuxiliar(), capturedAt);
    }

    protected void ensureUser(String id, String... groups) {
        Users.ensure(identity, id, id, "Prueba", PASSWORD, List.of(groups));
    }

    /** A representative account (group representante) that acts for the fixture's actor; returns its user id. */
    protected String newRepresentative(Fixture fixture) {
        String user = "rep." + fixture.folio().toLowerCase();
        ensureUser(user, Roles.REPRESENTANTE);
        jdbc.update("update captacion.political_actor set representative_user = ? where id = ?", user, fixture.actorId());
        return user;
    }

    /** A portal session of the user, signed in through the login form. */
    protected PortalSession portal(String user) {
        return PortalSession.signedIn(uri(""), user, PASSWORD);
    }

    protected void ensureReviewerAndAnalyst() {
        // Camunda's webapps send everyone to their set-up page while no camunda-admin exists
        ensureUser("operacion.it", Roles.CAMUNDA_ADMIN);
        ensureUser(REVIEWER, Roles.MESA_CONTROL);
        ensureUser(ANALYST, Roles.INE_ADMIN);
    }

    // --- HTTP ---------------------------------------------------------------------------------

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> postRecord(Object submission) {
        try {
            return postRaw(json.writeValueAsString(submission), "application/json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a record body as the app would: with the device token of the auxiliar it names, if known. */
    protected HttpResponse<String> postRaw(String body, String contentType) {
        return postRaw(body, contentType, tokenFor(body));
    }

    protected HttpResponse<String> postRaw(String body, String contentType, String deviceToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/records"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (deviceToken != null) {
            request.header("X-Device-Token", deviceToken);
        }
        return send(request.build());
    }

    private String tokenFor(String body) {
        try {
            JsonNode auxiliar = json.readTree(body).path("auxiliarId");
            return auxiliar.isTextual() ? DEVICE_TOKENS.get(auxiliar.asText()) : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    protected HttpResponse<String> get(String path, String user) {
        return send(authorized(HttpRequest.newBuilder(uri(path)).GET(), user).build());
    }

    protected HttpResponse<byte[]> getBytes(String path, String user) {
        try {
            return http.send(authorized(HttpRequest.newBuilder(uri(path)).GET(), user).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> postJson(String path, String user, Object body) {
        try {
            return send(authorized(HttpRequest.newBuilder(uri(path)), user)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("No es JSON: " + response.body(), e);
        }
    }

    // --- the record's path ------------------------------------------------------------------

    protected UUID accepted(RecordSubmission submission) {
        HttpResponse<String> response = postRecord(submission);
        if (response.statusCode() != 202) {
            throw new AssertionError("Se esperaba 202 y llegó " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(body(response).get("recordId").asText());
    }

    /** Waits for the intake or the job executor to move the record to the status. */
    protected void awaitStatus(UUID recordId, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String current = null;
        while (Instant.now().isBefore(deadline)) {
            current = statusOf(recordId);
            if (status.equals(current)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("El registro " + recordId + " sigue en " + current + ", se esperaba " + status);
    }

    protected String statusOf(UUID recordId) {
        return jdbc.queryForObject("select status from captacion.citizen_record where id = ?", String.class, recordId);
    }

    protected String taskOf(UUID recordId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode tasks = body(get("/engine-rest/task?processInstanceBusinessKey=" + recordId, REVIEWER));
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            sleep(100);
        }
        throw new AssertionError("El registro " + recordId + " no llegó a la mesa de control");
    }

    /** A reviewer claims the control-desk task and submits its form over Camunda's REST API, as Tasklist does. */
    protected HttpResponse<String> review(UUID recordId, String decision, String note) {
        String task = taskOf(recordId);
        HttpResponse<String> claim = postJson("/engine-rest/task/" + task + "/claim", REVIEWER, Map.of("userId", REVIEWER));
        if (claim.statusCode() != 204) {
            throw new AssertionError("No se pudo reclamar la tarea: " + claim.body());
        }
        Map<String, Object> variables = note == null
                ? Map.of("decision", Map.of("value", decision))
                : Map.of("decision", Map.of("value", decision), "inconsistencyNote", Map.of("value", note));
        return postJson("/engine-rest/task/" + task + "/submit-form", REVIEWER, Map.of("variables", variables));
    }

    /** Takes a submission through reception and the control desk (valid) to {@code PARA_COMPULSA}. */
    protected UUID paraCompulsa(RecordSubmission submission) {
        UUID record = accepted(submission);
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        HttpResponse<String> reviewed = review(record, "VALIDO", null);
        if (reviewed.statusCode() / 100 != 2) {
            throw new AssertionError("La revisión no se aceptó: " + reviewed.body());
        }
        awaitStatus(record, "PARA_COMPULSA");
        return record;
    }

    /**
     * Sends one compulsa batch of the fixture's process through the endpoint ({@code local}: the
     * imported roll answers before this returns) as INE staff do through the API; the answer's body.
     */
    protected JsonNode compulsa(Fixture f, String endpoint) {
        ensureReviewerAndAnalyst();
        HttpResponse<String> sent = postJson("/api/v1/compulsa/lotes", ANALYST,
                Map.of("proceso", f.processCode(), "destino", endpoint));
        if (sent.statusCode() != 202) {
            throw new AssertionError("No se envió el lote: " + sent.statusCode() + " " + sent.body());
        }
        return body(sent);
    }

    /** A copy of a workspace folder ({@code processes/}, {@code forms/}) to edit as a process owner would. */
    protected static Path copyFolder(String name, Path workspace) throws IOException {
        Path target = Files.createDirectories(workspace.resolve(name));
        try (var files = Files.list(Path.of(name))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
