package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.demo.SyntheticCitizens;
import mx.captacion.demo.SyntheticImages;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Roles;
import mx.captacion.records.RecordSubmission;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/**
 * An auxiliar's whole path on PostgreSQL over HTTP: alta, the app registration and its device
 * token, the INE review (automatic and by a person in Tasklist), baja, and a new alta after it.
 */
class AuxiliarLifecycleIT extends IntegrationTestBase {

    private static final String AUX_REVIEWER = "revision.auxiliares.it";
    private static final SyntheticSubmissions PEOPLE = new SyntheticSubmissions(99L, 8_000);

    @Autowired
    AuxiliarRegistry registry;
    @Autowired
    ElectoralRoll roll;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private Fixture fixture;
    private PoliticalActor actor;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
        actor = actors.findByFolio(fixture.folio()).orElseThrow();
        // someone else is always in the roll, so "not in it" is a finding, not an empty roll
        roll.put(PEOPLE.nextCitizen().inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        ensureReviewerAndAnalyst();
        ensureUser(AUX_REVIEWER, Roles.REVISION_AUXILIARES);
    }

    private Auxiliar alta(SyntheticCitizens.SyntheticCitizen person) {
        return registry.alta(actor, new NewAuxiliar(person.fullName(),
                person.claveElector().toLowerCase() + "@captacion.example", AuthenticationType.CORREO));
    }

    private HttpResponse<String> register(Object body) {
        try {
            return send(HttpRequest.newBuilder(uri("/api/v1/auxiliares/registro"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String registered(Auxiliar auxiliar, SyntheticCitizens.SyntheticCitizen person) {
        HttpResponse<String> response = register(PEOPLE.registrationOf(auxiliar.getAuxiliarId().value(), person));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = body(response);
        assertThat(receipt.get("status").asText()).isEqualTo("ACTIVO_REGISTRADO_EN_APP");
        assertThat(receipt.get("folio").asText()).isEqualTo(fixture.folio());
        return receipt.get("deviceToken").asText();
    }

    private RecordSubmission recordBy(String auxiliarId) {
        return PEOPLE.next(fixture.processCode(), fixture.folio(), auxiliarId, clock.instant().minusSeconds(60));
    }

    private HttpResponse<String> post(RecordSubmission submission, String token) {
        try {
            return postRaw(json.writeValueAsString(submission), "application/json", token);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Auxiliar reload(Auxiliar auxiliar) {
        return auxiliares.findByAuxiliarId(auxiliar.getAuxiliarId().value()).orElseThrow();
    }

    private void awaitWaitingAt(String auxiliarId, String activity) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(auxiliarId).activityIdIn(activity).count()).isEqualTo(1));
    }

    private List<String> history(Auxiliar auxiliar) {
        return jdbc.queryForList("""
                select h.status || coalesce(':' || h.baja_cause, '') from captacion.auxiliar_status_history h
                join captacion.auxiliar a on a.id = h.auxiliar_id where a.auxiliar_id = ? order by h.valid_from, h.id""",
                String.class, auxiliar.getAuxiliarId().value());
    }

    @Test
    void anAuxiliarInTheRollRegistersInTheAppAndSendsRecordsWithItsToken() {
        var person = PEOPLE.nextCitizen();
        roll.put(person.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        Auxiliar auxiliar = alta(person);
        assertThat(auxiliar.getAuxiliarId().value()).matches("AUX-\\d{7}");
        assertThat(auxiliar.getStatus()).isEqualTo(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);
        awaitWaitingAt(auxiliar.getAuxiliarId().value(), "AwaitRegistration");

        HttpResponse<String> early = post(recordBy(auxiliar.getAuxiliarId().value()), null);
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(body(early).get("code").asText()).isEqualTo("AUXILIAR_INACTIVO");
        assertThat(body(early).get("message").asText()).contains("aún no se registra en la aplicación");

        String token = registered(auxiliar, person);
        awaitWaitingAt(auxiliar.getAuxiliarId().value(), "Active");
        assertThat(reload(auxiliar).getClaveElector()).isEqualTo(person.claveElector());
        assertThat(reload(auxiliar).getAnversoHash()).hasSize(64);

        assertThat(post(recordBy(auxiliar.getAuxiliarId().value()), token).statusCode()).isEqualTo(202);
        HttpResponse<String> noToken = post(recordBy(auxiliar.getAuxiliarId().value()), null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(body(noToken).get("code").asText()).isEqualTo("TOKEN_FALTANTE");
        HttpResponse<String> otherToken = post(recordBy(auxiliar.getAuxiliarId().value()), deviceToken(fixture.activeAuxiliar()));
        assertThat(otherToken.statusCode()).isEqualTo(401);
        assertThat(body(otherToken).get("code").asText()).isEqualTo("AUXILIAR_IDENTIFICADO_INCORRECTAMENTE");
        assertThat(body(otherToken).get("message").asText()).startsWith("Auxiliar identificado incorrectamente");

        HttpResponse<String> again = register(PEOPLE.registrationOf(auxiliar.getAuxiliarId().value(), person));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("YA_REGISTRADO_EN_APP");
        assertThat(history(auxiliar)).containsExactly("ACTIVO_SIN_REGISTRO_EN_APP", "ACTIVO_REGISTRADO_EN_APP");
    }

    @Test
    void aBajaInvalidatesTheIdAndTheTokenAndANewAltaGivesANewId() {
        var person = PEOPLE.nextCitizen();
        roll.put(person.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        Auxiliar auxiliar = alta(person);
        String token = registered(auxiliar, person);
        awaitWaitingAt(auxiliar.getAuxiliarId().value(), "Active");

        registry.baja(actor, auxiliar.getAuxiliarId(), BajaCause.CAMBIO_DE_CORREO, "Cambió de cuenta", "representante.it",
                false);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(auxiliar.getAuxiliarId().value()).count())
                .as("the lifecycle ended").isZero();
        Auxiliar removed = reload(auxiliar);
        assertThat(removed.getStatus()).isEqualTo(AuxiliarStatus.BAJA);
        assertThat(removed.getBajaCause()).isEqualTo(BajaCause.CAMBIO_DE_CORREO);
        assertThat(removed.getBajaBy()).isEqualTo("representante.it");
        HttpResponse<String> refused = post(recordBy(auxiliar.getAuxiliarId().value()), token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(body(refused).get("message").asText()).contains("fue dado de baja", "nueva alta");
        HttpResponse<String> reRegistration = register(PEOPLE.registrationOf(auxiliar.getAuxiliarId().value(), person));
        assertThat(reRegistration.statusCode()).isEqualTo(403);
        assertThat(body(reRegistration).get("code").asText()).isEqualTo("ID_DADO_DE_BAJA");

        Auxiliar again = alta(person);
        assertThat(again.getAuxiliarId().value()).isNotEqualTo(auxiliar.getAuxiliarId().value());
        String newToken = registered(again, person);
        awaitWaitingAt(again.getAuxiliarId().value(), "Active");
        assertThat(post(recordBy(again.getAuxiliarId().value()), newToken).statusCode()).isEqualTo(202);
        assertThat(post(recordBy(auxiliar.getAuxiliarId().value()), newToken).statusCode()).as("the old ID stays invalid")
                .isEqualTo(403);
        assertThat(history(auxiliar)).containsExactly("ACTIVO_SIN_REGISTRO_EN_APP", "ACTIVO_REGISTRADO_EN_APP",
                "BAJA:CAMBIO_DE_CORREO");
    }

    @Test
    void anAuxiliarNotInTheRollIsGivenABajaByTheIneReview() {
        var person = PEOPLE.nextCitizen(); // not put in the roll
        Auxiliar auxiliar = alta(person);
        String token = registered(auxiliar, person);

        await().atMost(Duration.ofSeconds(30)).until(() -> reload(auxiliar).getStatus() == AuxiliarStatus.BAJA);

        assertThat(reload(auxiliar).getBajaCause()).isEqualTo(BajaCause.NO_ESTA_EN_LISTA_NOMINAL);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(auxiliar.getAuxiliarId().value()).count())
                .isZero();
        assertThat(post(recordBy(auxiliar.getAuxiliarId().value()), token).statusCode()).isEqualTo(403);
        assertThat(history(auxiliar)).last().isEqualTo("BAJA:NO_ESTA_EN_LISTA_NOMINAL");
    }

    @Test
    void aDoubtfulAuxiliarIsDecidedByAPersonInTasklist() {
        var person = PEOPLE.nextCitizen();
        var namesake = PEOPLE.nextCitizen();
        // the roll has the clave under another person's name
        roll.put(new mx.captacion.roll.RollEntry(person.claveElector(), namesake.nombre(), namesake.apellidoPaterno(),
                null, person.fechaNacimiento(), person.sexo().name(), 9, 100, RegistralStatus.EN_LISTA_NOMINAL));
        Auxiliar auxiliar = alta(person);
        registered(auxiliar, person);
        awaitWaitingAt(auxiliar.getAuxiliarId().value(), "ReviewAuxiliar");

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(auxiliar.getAuxiliarId().value()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(link ->
                Roles.REVISION_AUXILIARES.equals(link.getGroupId()));
        Map<String, Object> form = tasks.getVariablesLocal(task.getId());
        assertThat((String) form.get("ficha")).contains(auxiliar.getAuxiliarId().value(), person.claveElector(),
                namesake.apellidoPaterno());
        String images = (String) form.get("imagenes");
        assertThat(images).endsWith("/revision-auxiliares/auxiliares/" + auxiliar.getAuxiliarId().value() + "/credencial");
        String path = images.substring(images.indexOf("/revision-auxiliares"));
        HttpResponse<byte[]> anverso = getBytes(path + "/anverso", AUX_REVIEWER);
        assertThat(anverso.statusCode()).isEqualTo(200);
        assertThat(anverso.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(getBytes(path + "/anverso", REVIEWER).statusCode()).as("mesa de control is not INE review")
                .isEqualTo(403);

        HttpResponse<String> undecided = postJson("/engine-rest/task/" + task.getId() + "/submit-form", AUX_REVIEWER,
                Map.of("variables", Map.of("reviewOutcome", Map.of("value", "QUIZA"))));
        assertThat(undecided.statusCode()).isEqualTo(400);
        HttpResponse<String> approved = postJson("/engine-rest/task/" + task.getId() + "/submit-form", AUX_REVIEWER,
                Map.of("variables", Map.of("reviewOutcome", Map.of("value", "APROBADO"))));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

        awaitWaitingAt(auxiliar.getAuxiliarId().value(), "Active");
        assertThat(reload(auxiliar).getStatus()).isEqualTo(AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP);
    }

    @Test
    void aBadRegistrationIsRefusedAndChangesNothing() {
        var person = PEOPLE.nextCitizen();
        Auxiliar auxiliar = alta(person);
        String png = Base64.getEncoder().encodeToString(SyntheticImages.png("X", 2_000, 1));
        Map<String, Object> good = new HashMap<>();
        good.put("auxiliarId", auxiliar.getAuxiliarId().value());
        good.put("claveElector", person.claveElector());
        good.put("anverso", png);
        good.put("reverso", png);

        assertRefused(with(good, "auxiliarId", null), 400, "DATO_INVALIDO", "auxiliarId");
        assertRefused(with(good, "auxiliarId", "AUX-9999999"), 404, "ID_DESCONOCIDO", "AUX-9999999");
        assertRefused(with(good, "claveElector", "ABC123"), 400, "DATO_INVALIDO", "clave de elector");
        assertRefused(with(good, "anverso", null), 400, "DATO_INVALIDO", "anverso");
        assertRefused(with(good, "reverso", "%%%"), 400, "CREDENCIAL_NO_BASE64", "reverso");
        assertRefused(with(good, "anverso", Base64.getEncoder().encodeToString("no soy imagen".getBytes())), 415,
                "CREDENCIAL_NO_ES_JPEG_PNG", "anverso");
        HttpResponse<String> notJson = send(HttpRequest.newBuilder(uri("/api/v1/auxiliares/registro"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"auxiliarId\": ")).build());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(body(notJson).get("code").asText()).isEqualTo("JSON_MAL_FORMADO");

        Auxiliar unchanged = reload(auxiliar);
        assertThat(unchanged.getStatus()).isEqualTo(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);
        assertThat(unchanged.getClaveElector()).isNull();
        assertThat(history(auxiliar)).containsExactly("ACTIVO_SIN_REGISTRO_EN_APP");
        assertThat(register(good).statusCode()).as("the good one still works").isEqualTo(201);
    }

    @Test
    void anAltaAndABajaAreValidated() {
        var person = PEOPLE.nextCitizen();
        Auxiliar auxiliar = alta(person);

        assertThatThrownBy(() -> alta(person)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("Ya existe un auxiliar activo con el correo");
        assertThatThrownBy(() -> registry.alta(actor, new NewAuxiliar(" ", "x@captacion.example", AuthenticationType.GOOGLE)))
                .isInstanceOf(ApiProblem.class).hasMessage("El campo 'nombre' es obligatorio.");
        assertThatThrownBy(() -> registry.alta(actor, new NewAuxiliar("Ana", "no-es-correo", AuthenticationType.GOOGLE)))
                .isInstanceOf(ApiProblem.class).hasMessage("El campo 'correo' no es un correo electrónico válido.");
        assertThatThrownBy(() -> registry.baja(actor, auxiliar.getAuxiliarId(), BajaCause.NO_ESTA_EN_LISTA_NOMINAL, null,
                "representante.it", false))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).code()).isEqualTo("CAUSA_SOLO_INE");
        PoliticalActor other = actors.findByFolio(newFixture().folio()).orElseThrow();
        assertThatThrownBy(() -> registry.baja(other, auxiliar.getAuxiliarId(), BajaCause.DATOS_INCORRECTOS, null,
                "otro.it", false))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).code()).isEqualTo("AUXILIAR_DESCONOCIDO");
        assertThat(reload(auxiliar).getStatus()).isEqualTo(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);

        registry.baja(actor, auxiliar.getAuxiliarId(), BajaCause.DATOS_INCORRECTOS, null, "representante.it", false);
        assertThatThrownBy(() -> registry.baja(actor, auxiliar.getAuxiliarId(), BajaCause.DATOS_INCORRECTOS, null,
                "representante.it", false))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).code())
                .isEqualTo("AUXILIAR_YA_DADO_DE_BAJA");
    }

    @Test
    void ineStaffGiveABajaWithACauseOnlyIneGivesAndTheRestAreRefused() {
        var person = PEOPLE.nextCitizen();
        roll.put(person.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        Auxiliar auxiliar = alta(person);
        String path = "/api/v1/actors/" + fixture.folio() + "/auxiliares/" + auxiliar.getAuxiliarId().value() + "/baja";
        Map<String, Object> ineCause = Map.of("causa", "SIN_ANVERSO_Y_REVERSO", "observaciones", "Queja ciudadana");

        assertThat(postJson(path, REVIEWER, ineCause).statusCode()).as("not INE staff").isEqualTo(403);
        HttpResponse<String> unknownCause = postJson(path, ANALYST, Map.of("causa", "PORQUE_SI"));
        assertThat(unknownCause.statusCode()).isEqualTo(400);
        assertThat(body(unknownCause).get("message").asText()).contains("causa", "SIN_ANVERSO_Y_REVERSO");
        assertThat(postJson("/api/v1/actors/F000000000000000/auxiliares/" + auxiliar.getAuxiliarId().value() + "/baja",
                ANALYST, ineCause).statusCode()).isEqualTo(404);
        assertThat(reload(auxiliar).getStatus()).as("refusals change nothing").isNotEqualTo(AuxiliarStatus.BAJA);

        HttpResponse<String> given = postJson(path, ANALYST, ineCause);

        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(body(given).get("causa").asText()).startsWith("Sin anverso y reverso");
        Auxiliar removed = reload(auxiliar);
        assertThat(removed.getStatus()).isEqualTo(AuxiliarStatus.BAJA);
        assertThat(removed.getBajaCause()).isEqualTo(BajaCause.SIN_ANVERSO_Y_REVERSO);
        assertThat(removed.getBajaBy()).isEqualTo(ANALYST);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(auxiliar.getAuxiliarId().value()).count())
                .as("the lifecycle ended").isZero();
        HttpResponse<String> again = postJson(path, ANALYST, ineCause);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("AUXILIAR_YA_DADO_DE_BAJA");
    }

    private void assertRefused(Map<String, Object> body, int status, String code, String messagePart) {
        HttpResponse<String> response = register(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(body(response).get("code").asText()).isEqualTo(code);
        assertThat(body(response).get("message").asText()).contains(messagePart);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
