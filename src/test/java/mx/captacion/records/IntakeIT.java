package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.records.internal.IntakeQueue;

/**
 * The intake: reception stores and answers without starting a process; a batch takes the records in
 * and leaves them at the control desk; a record that fails never holds its batch, is retried alone,
 * is held back for operators after its last attempt, and reaches the desk once an operator retries it.
 * The intake's routes are suspended here so that the test takes the batches itself.
 */
class IntakeIT extends IntegrationTestBase {

    private static final String OPERATOR = "operadora.ingreso.it";

    @Autowired
    private CamelContext camel;
    @Autowired
    private TakingInRecords intake;

    private Fixture fixture;
    private List<String> routes;

    @BeforeEach
    void setUp() throws Exception {
        ensureReviewerAndAnalyst();
        ensureUser(OPERATOR, "soporte-tecnico");
        fixture = newFixture();
        routes = camel.getRoutes().stream().filter(r -> TakingInRecords.ROUTE_GROUP.equals(r.getGroup()))
                .map(Route::getRouteId).toList();
        assertThat(routes).as("the intake's routes in integration/intake.camel.yaml").hasSizeGreaterThanOrEqualTo(1);
        for (String route : routes) {
            camel.getRouteController().suspendRoute(route);
        }
        drain(); // what other tests left waiting
    }

    @AfterEach
    void tearDown() throws Exception {
        jdbc.execute("drop trigger if exists intake_it_refuses on captacion.citizen_record");
        jdbc.execute("drop function if exists captacion.intake_it_refuses()");
        for (String route : routes) {
            camel.getRouteController().resumeRoute(route);
        }
    }

    @Test
    void receptionAnswersBeforeAnyProcessAndABatchTakesTheRecordsToTheDesk() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(accepted(submission(fixture)));
        }
        for (UUID id : ids) {
            assertThat(statusOf(id)).isEqualTo("EN_PROCESAMIENTO");
            assertThat(processInstancesOf(id)).as("no Camunda command in the request").isZero();
        }
        assertThat(waiting()).isEqualTo(3);

        assertThat(intake.takeBatch(50)).isEqualTo(3);

        for (UUID id : ids) {
            assertThat(statusOf(id)).as("at the desk when the batch commits").isEqualTo("EN_MESA_DE_CONTROL");
            assertThat(processInstancesOf(id)).isEqualTo(1);
        }
        assertThat(waiting()).isZero();
        assertThat(intake.takeBatch(50)).as("nothing twice").isZero();
    }

    @Test
    void aRecordThatFailsNeverHoldsItsBatchAndIsHeldBackForOperatorsAfterItsLastAttempt() {
        List<UUID> good = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            good.add(accepted(submission(fixture)));
        }
        UUID bad = accepted(submission(fixture));
        refuseUpdatesOf(bad);

        assertThat(intake.takeBatch(50)).isEqualTo(5);

        for (UUID id : good) {
            assertThat(statusOf(id)).isEqualTo("EN_MESA_DE_CONTROL");
        }
        assertThat(statusOf(bad)).isEqualTo("EN_PROCESAMIENTO");
        assertThat(processInstancesOf(bad)).as("its failed start left nothing").isZero();
        assertThat(problems()).as("one failure is not yet a problem").isEmpty();

        for (int attempt = 2; attempt <= IntakeQueue.MAX_ATTEMPTS; attempt++) {
            intake.takeBatch(50);
        }
        assertThat(intake.takeBatch(50)).as("held back: no longer claimed").isZero();
        JsonNode problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("recordId").asText()).isEqualTo(bad.toString());
        assertThat(problems.get(0).get("attempts").asInt()).isEqualTo(IntakeQueue.MAX_ATTEMPTS);
        assertThat(problems.get(0).get("lastError").asText()).contains("la prueba rechaza este registro");
        JsonNode backlog = body(get("/api/v1/ingreso", OPERATOR));
        assertThat(backlog.get("waiting").asLong()).isZero();
        assertThat(backlog.get("heldBack").asLong()).isEqualTo(1);

        // the cause removed, an operator retries it and the next batch takes it
        jdbc.execute("drop trigger intake_it_refuses on captacion.citizen_record");
        HttpResponse<String> retried = postJson("/api/v1/ingreso/problemas/" + bad + "/reintento", OPERATOR, "");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(intake.takeBatch(50)).isEqualTo(1);
        assertThat(statusOf(bad)).isEqualTo("EN_MESA_DE_CONTROL");
        assertThat(processInstancesOf(bad)).isEqualTo(1);
        assertThat(problems()).isEmpty();

        HttpResponse<String> again = postJson("/api/v1/ingreso/problemas/" + bad + "/reintento", OPERATOR, "");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(body(again).get("code").asText()).isEqualTo("REGISTRO_NO_EN_ESPERA");
    }

    @Test
    void onlyOperatorsSeeTheIntake() {
        assertThat(get("/api/v1/ingreso/problemas", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/ingreso/problemas")).GET().build()).statusCode())
                .isEqualTo(401);
    }

    private void refuseUpdatesOf(UUID recordId) {
        jdbc.execute("""
                create or replace function captacion.intake_it_refuses() returns trigger language plpgsql as $$
                begin
                  if new.id = '%s' then raise exception 'la prueba rechaza este registro'; end if;
                  return new;
                end $$""".formatted(recordId));
        jdbc.execute("""
                create trigger intake_it_refuses before update on captacion.citizen_record
                for each row execute function captacion.intake_it_refuses()""");
    }

    private JsonNode problems() {
        HttpResponse<String> response = get("/api/v1/ingreso/problemas", OPERATOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private long waiting() {
        return jdbc.queryForObject("""
                select count(*) from captacion.record_intake i join captacion.citizen_record r on r.id = i.record_id
                where r.actor_id = ?""", Long.class, fixture.actorId());
    }

    private long processInstancesOf(UUID recordId) {
        return jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Long.class,
                recordId.toString());
    }

    private void drain() {
        while (intake.takeBatch(200) > 0) {
            // taken
        }
    }
}
