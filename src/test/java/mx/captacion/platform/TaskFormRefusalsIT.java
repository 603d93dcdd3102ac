package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.internal.SupportTicketProcess;

/**
 * A task form refused for what the person typed answers 400 with the Spanish reason — never a 500
 * with a Java class name — keeps the task open, and logs no ERROR (no ENGINE-16004 stack trace):
 * whether the refusal comes from a task listener, a service task right after the task, or an
 * execution listener's form validation.
 */
class TaskFormRefusalsIT extends IntegrationTestBase {

    private static final String AGENT = "mato.rechazos.it";

    @Autowired
    OpeningTicket opening;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        ensureUser(AGENT, Roles.MATO);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    @Test
    void anEmptyHelpDeskAnswerIsRefusedInSpanishWithoutAnError() {
        long ticket = opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, "Ana Ruiz", "5550002222",
                "Acceso", "No entra al portal.", null, null, null, List.of(mx.captacion.helpdesk.TicketType.ACCESO_PORTAL),
                null, null, AGENT)).getId();
        String task = task(ticket, SupportTicketProcess.TASK_ANSWER);

        HttpResponse<String> refused = submit(task, Map.of(SupportTicketProcess.VAR_ESCALATE, false));

        assertRefusedInSpanish(refused, "Escriba la respuesta.");
        assertThat(task(ticket, SupportTicketProcess.TASK_ANSWER)).isEqualTo(task);
    }

    @Test
    void aTriageNamingAnUnknownActorIsRefusedInSpanishWithoutAnError() {
        long ticket = opening.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Ana Ruiz", "ana@correo.example",
                "Ayuda", "No puedo entrar.", null, null, null, List.of(), null, null, "correo")).getId();
        String task = task(ticket, SupportTicketProcess.TASK_TRIAGE);

        HttpResponse<String> refused = submit(task, Map.of(SupportTicketProcess.VAR_TYPES, "ACCESO_PORTAL",
                SupportTicketProcess.VAR_ACTOR_FOLIO, "F999999999999999"));

        assertRefusedInSpanish(refused, "No existe el actor político con folio 'F999999999999999'.");
        assertThat(task(ticket, SupportTicketProcess.TASK_TRIAGE)).isEqualTo(task);
    }

    @Test
    void aControlDeskReviewWithoutItsDescriptionIsRefusedWithoutAnError() {
        ensureReviewerAndAnalyst();
        UUID record = accepted(submission(newFixture()));

        HttpResponse<String> refused = review(record, "OTRA", null);

        assertRefusedInSpanish(refused, "Describa la inconsistencia");
        assertThat(statusOf(record)).isEqualTo("EN_MESA_DE_CONTROL");
    }

    private void assertRefusedInSpanish(HttpResponse<String> refused, String reason) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(body(refused).path("message").asText()).contains(reason).doesNotContain("ApiProblem", "mx.captacion",
                "Exception");
        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private HttpResponse<String> submit(String task, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return postJson("/engine-rest/task/" + task + "/submit-form", AGENT, Map.of("variables", variables));
    }

    private String task(long ticket, String key) {
        List<Map<String, Object>> tasks = jdbc.queryForList("""
                select t.id_ as id, t.task_def_key_ as key from act_ru_task t
                  join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ = ?""", Long.toString(ticket));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("key")).isEqualTo(key);
        return (String) tasks.get(0).get("id");
    }
}
