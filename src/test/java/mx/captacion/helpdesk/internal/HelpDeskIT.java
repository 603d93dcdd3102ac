package mx.captacion.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.MailServer;
import mx.captacion.PortalSession;
import mx.captacion.RecordingMails;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.HelpDeskReports;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketType;
import mx.captacion.helpdesk.internal.AttendingTicket;
import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.helpdesk.internal.TicketConversation;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.Roles;

/**
 * The help desk on the real PostgreSQL and engine: calls, mail and portal tickets through their
 * process, the name search's evidence, and the reports as of a cut-off.
 */
class HelpDeskIT extends IntegrationTestBase {

    private static final String AGENT = "mato.it";
    private static final String INETEL_AGENT = "inetel.it";
    private static final String TECHNICIAN = "soporte.it";

    @Autowired
    OpeningTicket opening;
    @Autowired
    TicketConversation conversation;
    @Autowired
    HelpDeskReports reports;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void agents() {
        ensureUser(AGENT, Roles.MATO);
        ensureUser(INETEL_AGENT, Roles.INETEL);
        ensureUser(TECHNICIAN, Roles.SOPORTE_TECNICO);
    }

    @Test
    void aCallResolvedOnTheLineIsAnAnsweredTicketThatWaitsForAReply() {
        Fixture f = newFixture();
        HttpResponse<String> response = postJson("/api/v1/mesa-ayuda/llamadas", INETEL_AGENT, Map.of(
                "level", "INETEL", "callerName", "Rosa Elena Ibarra Tapia", "phone", "5550000000",
                "actorFolio", f.folio(), "types", List.of("ACCESO_APP"), "reason", "No puede entrar a la aplicación",
                "result", "Se le indicó reinstalar la aplicación y entró.", "resolved", true));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode ticket = body(response);
        assertThat(ticket.get("status").asText()).isEqualTo("RESPONDIDO");
        long id = ticket.get("id").asLong();
        assertThat(activeActivities(id)).contains("AwaitReply");
        assertThat(jdbc.queryForObject("select actor_id from captacion.ticket where id = ?", Long.class, id)).isEqualTo(f.actorId());
        assertThat(jdbc.queryForObject("select level from captacion.ticket where id = ?", String.class, id)).isEqualTo("INETEL");
        // a representative's account cannot record calls
        assertThat(postJson("/api/v1/mesa-ayuda/llamadas", newRepresentative(f), Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnresolvedCallIsAnsweredAfterSoporteTecnicoAndNoMailLeaves() {
        HttpResponse<String> response = postJson("/api/v1/mesa-ayuda/llamadas", AGENT, Map.of(
                "callerName", "Javier Mora Lugo", "phone", "5551112222", "types", List.of("ALTA_AUXILIARES_PORTAL"),
                "reason", "No puede dar de alta auxiliares", "resolved", false));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = body(response).get("id").asLong();
        assertThat(status(id)).isEqualTo("EN_ATENCION");

        complete(id, SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, true));
        assertThat(status(id)).isEqualTo("ESCALADO");
        Task technical = task(id);
        assertThat(technical.getTaskDefinitionKey()).isEqualTo(SupportTicketProcess.TASK_TECHNICAL_SUPPORT);
        assertThat(taskService.getIdentityLinksForTask(technical.getId()))
                .anyMatch(link -> Roles.SOPORTE_TECNICO.equals(link.getGroupId()));
        complete(id, SupportTicketProcess.TASK_TECHNICAL_SUPPORT, TECHNICIAN,
                Map.of(SupportTicketProcess.VAR_TECHNICAL_NOTE, "El servicio de altas se reinició."));
        complete(id, SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "Se le llamó: ya puede dar de alta auxiliares."));

        assertThat(status(id)).isEqualTo("RESPONDIDO");
        assertThat(jdbc.queryForList("select status from captacion.ticket_status_change where ticket_id = ? order by at, id",
                String.class, id)).containsExactly("EN_ATENCION", "ESCALADO", "EN_ATENCION", "RESPONDIDO");
        assertThat(jdbc.queryForList("select kind from captacion.ticket_message where ticket_id = ? order by at, id",
                String.class, id)).containsExactly("ENTRADA", "NOTA", "RESPUESTA");
        assertThat(mails.to("5551112222", AttendingTicket.ANSWER_TEMPLATE)).isEmpty();
    }

    @Test
    void aMailIsTypedAnsweredByMailAndAReplyReopensIt() throws Exception {
        Fixture f = newFixture();
        String address = "lucia" + ThreadLocalRandom.current().nextInt(1_000_000) + "@correo.example";
        String messageId = "<" + address + ".1@correo.example>";
        Ticket ticket = opening.open(NewTicket.byMail("Lucía Peña Ortiz", address, "Credencial vencida",
                "Un auxiliar tiene la credencial vencida. ¿Podría afiliarse?", messageId));
        long id = ticket.getId();
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(SupportTicketProcess.TASK_TRIAGE);
        assertThat(conversation.findByThreadKey(messageId)).contains(id);

        complete(id, SupportTicketProcess.TASK_TRIAGE, AGENT, Map.of(SupportTicketProcess.VAR_TYPES,
                List.of("INFORMACION_REGISTRO_AUXILIAR", "REGISTRO_AUXILIAR_APP"),
                SupportTicketProcess.VAR_ACTOR_FOLIO, f.folio(), SupportTicketProcess.VAR_AUXILIAR_ID, f.activeAuxiliar()));
        assertThat(jdbc.queryForMap("select types, actor_id, auxiliar_id from captacion.ticket where id = ?", id))
                .containsEntry("types", "REGISTRO_AUXILIAR_APP,INFORMACION_REGISTRO_AUXILIAR")
                .containsEntry("actor_id", f.actorId()).containsEntry("auxiliar_id", f.activeAuxiliar());
        complete(id, SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "La credencial de elector debe estar vigente."));

        RecordingMails.Queued queued = mails.to(address, AttendingTicket.ANSWER_TEMPLATE).get(0);
        assertThat(queued.model()).containsEntry("numero", Ticket.numberOf(id))
                .containsEntry("respuesta", "La credencial de elector debe estar vigente.");
        // the answer is in the mail's thread, and a reply to the answer itself finds the ticket again
        assertThat(queued.thread().inReplyTo()).isEqualTo(messageId);
        assertThat(queued.thread().references()).isEqualTo(messageId);
        assertThat(conversation.findByThreadKey(queued.thread().messageId())).contains(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.messagesTo(address).size() == 1);
        MimeMessage delivered = MailServer.messagesTo(address).get(0);
        assertThat(delivered.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(delivered.getHeader("References", null)).isEqualTo(messageId);
        assertThat(delivered.getMessageID()).isEqualTo(queued.thread().messageId());
        assertThat(delivered.getSubject()).isEqualTo("RE: Credencial vencida [" + Ticket.numberOf(id) + "]");
        assertThat(conversation.append(id, "Lucía Peña Ortiz", "¿Y si la renueva?", clock.instant()))
                .isEqualTo(TicketConversation.Appended.REOPENED);
        assertThat(status(id)).isEqualTo("EN_ATENCION");
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(SupportTicketProcess.TASK_ANSWER);
        // the new answer starts empty; the earlier one is in the conversation
        assertThat(taskService.getVariable(task(id).getId(), SupportTicketProcess.VAR_ANSWER)).isNull();
    }

    @Test
    void anAgentRecordsACallInThePortalAndFindsItInTheList() {
        PortalSession agent = portal(AGENT);
        String caller = "Tomás Gil Ochoa " + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> recorded = agent.post("/mesa-ayuda/llamadas", Map.of("nivel", "MATO", "nombre", caller,
                "telefono", "5553334444", "tipo", "ACCESO_PORTAL", "motivo", "No entra al portal",
                "resultado", "Se restableció su contraseña en la llamada.", "resuelta", "true"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        String ticketPage = agent.follow(recorded).body();
        assertThat(ticketPage).contains(caller, "Respondido", "Acceso al portal web", "Se restableció su contraseña en la llamada.");
        assertThat(agent.get("/mesa-ayuda").body()).contains(caller);

        HttpResponse<String> refused = agent.post("/mesa-ayuda/llamadas", Map.of("nombre", caller, "motivo", "Duda",
                "resuelta", "true"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Anote el resultado de la llamada resuelta.");
        // soporte técnico reads tickets but records no calls
        assertThat(portal(TECHNICIAN).get("/mesa-ayuda/llamadas").statusCode()).isEqualTo(403);
    }

    @Test
    void aRepresentativeOpensAndFollowsItsOwnTicketsOnly() {
        Fixture f = newFixture();
        Fixture other = otherActorIn(f);
        PortalSession representative = portal(newRepresentative(f));
        PortalSession stranger = portal(newRepresentative(other));

        HttpResponse<String> opened = representative.post("/organizacion/mesa-ayuda",
                Map.of("asunto", "No veo el reporte de avance", "mensaje", "Desde ayer la página de avance no carga."));
        assertThat(opened.statusCode()).isEqualTo(302);
        String location = opened.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForMap("select channel, actor_id, status from captacion.ticket where id = ?", id))
                .containsEntry("channel", "PORTAL").containsEntry("actor_id", f.actorId()).containsEntry("status", "NUEVO");
        assertThat(representative.get("/organizacion/mesa-ayuda").body()).contains(Ticket.numberOf(id));

        assertThat(stranger.get("/organizacion/mesa-ayuda/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/organizacion/mesa-ayuda").body()).doesNotContain(Ticket.numberOf(id));
        assertThat(stranger.post("/organizacion/mesa-ayuda/" + id + "/mensajes", Map.of("mensaje", "hola")).statusCode())
                .isEqualTo(404);
        assertThat(representative.get("/mesa-ayuda").statusCode()).isEqualTo(403);

        complete(id, SupportTicketProcess.TASK_TRIAGE, AGENT, Map.of(SupportTicketProcess.VAR_TYPES, List.of("OTRA"),
                SupportTicketProcess.VAR_OTHER_TYPE, "Significado de los campos del reporte de avance"));
        complete(id, SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "Hubo una intermitencia; ya carga."));
        String page = representative.get("/organizacion/mesa-ayuda/" + id).body();
        assertThat(page).contains("Hubo una intermitencia; ya carga.", "Respondido",
                "OTRA (Significado de los campos del reporte de avance)");

        HttpResponse<String> reply = representative.post("/organizacion/mesa-ayuda/" + id + "/mensajes",
                Map.of("mensaje", "Sigue sin cargar."));
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("EN_ATENCION");
    }

    @Test
    void anAgentFindsTheTicketOnItsTaskItsFolioPrefilledAndItsWorkOnTheHomePage() {
        Fixture f = newFixture();
        PortalSession representative = portal(newRepresentative(f));
        HttpResponse<String> opened = representative.post("/organizacion/mesa-ayuda",
                Map.of("asunto", "¿Qué es «en procesamiento»?", "mensaje", "Tengo 40 registros en procesamiento desde ayer."));
        String location = opened.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // a help-desk number is never mistaken for a Mi Apoyo receipt (MA-XXXX-XXXX-XXXX)
        assertThat(Ticket.numberOf(id)).matches("SA-\\d{6,}").doesNotStartWith("MA-");

        Task triage = task(id);
        assertThat(triage.getName()).isEqualTo("Tipificar el reporte " + Ticket.numberOf(id));
        // the portal ticket knows its actor: the triage form starts with its folio
        assertThat(taskService.getVariable(triage.getId(), SupportTicketProcess.VAR_ACTOR_FOLIO)).isEqualTo(f.folio());

        PortalSession agent = portal(AGENT);
        String taskLink = "/camunda/app/tasklist/default/#/?task=" + triage.getId();
        String home = agent.get("/").body();
        assertThat(home).contains("Mesa de ayuda: reportes abiertos", "Nuevo", "Tipificar el reporte " + Ticket.numberOf(id),
                taskLink, "/mesa-ayuda/reportes/" + id, "Tareas pendientes de sus grupos");
        assertThat(agent.get("/mesa-ayuda/reportes/" + id).body()).contains("Tarea pendiente en la bandeja de tareas", taskLink);
        // INETEL records calls and works no task: it sees the counts, no task list
        assertThat(portal(INETEL_AGENT).get("/").body()).contains("Mesa de ayuda: reportes abiertos")
                .doesNotContain(taskLink, "Tareas pendientes de sus grupos");

        // the agent confirms the folio as it came; the answer task carries the number as well
        complete(id, SupportTicketProcess.TASK_TRIAGE, AGENT, Map.of(SupportTicketProcess.VAR_TYPES, List.of("OTRA"),
                SupportTicketProcess.VAR_OTHER_TYPE, "Significado de los estados del avance"));
        assertThat(jdbc.queryForObject("select actor_id from captacion.ticket where id = ?", Long.class, id)).isEqualTo(f.actorId());
        Task answer = task(id);
        assertThat(answer.getName()).isEqualTo("Responder el reporte " + Ticket.numberOf(id));
        assertThat(taskService.getVariable(answer.getId(), SupportTicketProcess.VAR_ACTOR_FOLIO)).isNull();
        assertThat(agent.get("/mesa-ayuda/reportes/" + id).body()).contains("/camunda/app/tasklist/default/#/?task=" + answer.getId())
                .doesNotContain(taskLink);

        complete(id, SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "Significa que la plataforma aún revisa el registro."));
        // answered, it waits on the requester: no task to link to
        assertThat(agent.get("/mesa-ayuda/reportes/" + id).body()).doesNotContain("Tarea pendiente en la bandeja de tareas");
    }

    @Test
    void aCallWithoutAnActorLeavesTheFolioToTheAgent() {
        Ticket call = opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, "Rosa Tapia Llamada", "5550001111",
                "Duda general", "Pregunta por los plazos.", null, null, null, List.of(), null, null, AGENT));
        Task triage = task(call.getId());
        assertThat(triage.getName()).endsWith(call.number());
        assertThat(taskService.getVariable(triage.getId(), SupportTicketProcess.VAR_ACTOR_FOLIO)).isNull();
    }

    @Test
    void theNameSearchIgnoresAccentsAndCaseAndShowsItsEvidence() {
        String surname = "Zúñiga" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Ticket ticket = opening.open(NewTicket.byMail("María Ángeles " + surname, "maria@correo.example",
                "Acceso al portal", "No puedo entrar al portal.", null));

        JsonNode found = body(get("/api/v1/mesa-ayuda/busqueda?nombre=" + encode("MARIA angeles " + surname.replace("Zúñiga", "zuniga")), AGENT));
        assertThat(found.get("found")).hasSize(1);
        assertThat(found.get("found").get(0).get("number").asText()).isEqualTo(ticket.number());
        assertThat(found.get("searchedBy").asText()).isEqualTo(AGENT);

        String evidence = portal(AGENT).get("/mesa-ayuda/busqueda?nombre=" + encode("nadie " + surname)).body();
        assertThat(evidence).contains("No se encontraron registros", "nadie " + surname, AGENT);
        assertThat(portal(AGENT).get("/mesa-ayuda/busqueda?nombre=" + encode(surname.toUpperCase())).body())
                .contains(ticket.number()).doesNotContain("No se encontraron registros");
    }

    @Test
    void reportsCountWhatTheHelpDeskKnewAtTheCutoff() {
        Fixture f = newFixture();
        ensureUser(ANALYST, Roles.INE_ADMIN);
        Ticket mail = opening.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Ana Ruiz", "ana@correo.example",
                "Alta y envío", "No puedo dar de alta ni enviar.", f.folio(), null, null,
                List.of(TicketType.ENVIO_APOYO_APP, TicketType.ALTA_AUXILIARES_PORTAL), null, null, AGENT));
        Ticket call = opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, "Ana Ruiz", "5550001111",
                "Acceso", "No entra a la aplicación.", f.folio(), null, null, List.of(TicketType.ACCESO_APP), null,
                "Se resolvió en la llamada.", AGENT));
        Instant beforeAnswer = clock.instant();
        complete(mail.getId(), SupportTicketProcess.TASK_ANSWER, AGENT, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "Ya quedó."));
        Instant afterAnswer = clock.instant();
        LocalDate today = LocalDate.ofInstant(afterAnswer, Cutoffs.ZONE);

        HelpDeskReports.Scope before = new HelpDeskReports.Scope(today.minusDays(1), today, beforeAnswer, f.actorId());
        HelpDeskReports.Scope after = new HelpDeskReports.Scope(today.minusDays(1), today, afterAnswer, f.actorId());
        assertThat(reports.times(before)).satisfies(t -> {
            assertThat(t.tickets()).isEqualTo(2);
            assertThat(t.answered()).isEqualTo(1);
            assertThat(t.pending()).isEqualTo(1);
        });
        assertThat(reports.times(after)).satisfies(t -> {
            assertThat(t.answered()).isEqualTo(2);
            assertThat(t.resolved()).isEqualTo(2);
            assertThat(t.pending()).isZero();
            assertThat(t.averageHoursToFirstAnswer()).isNotNull();
        });
        assertThat(reports.byTypeAndChannel(after)).extracting(r -> r.types() + "|" + r.channel() + "|" + r.total())
                .containsExactly("*Alta de auxiliares en portal *Envío de apoyo desde la aplicación móvil|Correo electrónico|1",
                        "Acceso a la aplicación auxiliar/mi apoyo|Llamada telefónica|1");
        assertThat(reports.detail(before)).filteredOn(d -> d.number().equals(mail.number())).singleElement()
                .satisfies(d -> {
                    assertThat(d.answeredOn()).isNull();
                    assertThat(d.attention()).isEmpty();
                });
        assertThat(reports.detail(after)).filteredOn(d -> d.number().equals(mail.number())).singleElement()
                .satisfies(d -> {
                    assertThat(d.answeredOn()).isEqualTo(today);
                    assertThat(d.attention()).isEqualTo("Ya quedó.");
                    assertThat(d.requester()).isEqualTo("Ana Ruiz");
                });
        // a period that ends before the tickets has none
        assertThat(reports.times(new HelpDeskReports.Scope(today.minusDays(9), today.minusDays(8), afterAnswer, f.actorId()))
                .tickets()).isZero();

        JsonNode api = body(get("/api/v1/mesa-ayuda/informes?folio=" + f.folio() + "&corte=" + beforeAnswer, ANALYST));
        assertThat(api.get("tiempos").get("answered").asInt()).isEqualTo(1);
        assertThat(api.get("porTipoYMedio")).hasSize(2);
        assertThat(portal(ANALYST).get("/mesa-ayuda/informes?folio=" + f.folio()).body()).contains(call.getSubject(), "Ya quedó.");
        assertThat(portal(ANALYST).get("/mesa-ayuda/informes?folio=" + f.folio() + "&desde=2001-01-01&hasta=2001-01-02").body())
                .contains("Reportes recibidos del 01/01/2001 al 02/01/2001", "Sin reportes en el periodo.")
                .doesNotContain(call.getSubject());
        assertThat(get("/api/v1/mesa-ayuda/informes", newRepresentative(f)).statusCode()).isEqualTo(403);
        // every actor: the two tickets are among the whole desk's
        JsonNode all = body(get("/api/v1/mesa-ayuda/informes", ANALYST));
        assertThat(all.get("tiempos").get("tickets").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/v1/mesa-ayuda/informes?corte=ayer", ANALYST).statusCode()).isEqualTo(400);
        HttpResponse<String> inverted = get("/api/v1/mesa-ayuda/informes?desde=2026-12-01&hasta=2026-11-01", ANALYST);
        assertThat(inverted.statusCode()).isEqualTo(400);
        assertThat(body(inverted).get("code").asText()).isEqualTo("PERIODO_INVALIDO");
        assertThat(body(inverted).get("message").asText()).contains("01/12/2026", "01/11/2026");
        assertThat(portal(ANALYST).get("/mesa-ayuda/informes?corte=ayer").statusCode()).isEqualTo(400);
    }

    @Test
    void aTicketTypedAfterTheCutoffCountsUntypedAtIt() {
        Fixture f = newFixture();
        Ticket mail = opening.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Luis Pardo", "luis@correo.example",
                "Duda", "¿Cómo registro auxiliares?", f.folio(), null, null, List.of(), null, null, AGENT));
        Instant beforeTriage = clock.instant();
        complete(mail.getId(), SupportTicketProcess.TASK_TRIAGE, AGENT,
                Map.of(SupportTicketProcess.VAR_TYPES, List.of("ALTA_AUXILIARES_PORTAL")));
        Instant afterTriage = clock.instant();
        LocalDate today = LocalDate.ofInstant(afterTriage, Cutoffs.ZONE);

        assertThat(reports.byTypeAndChannel(new HelpDeskReports.Scope(today, today, beforeTriage, f.actorId())))
                .extracting(r -> r.types() + "|" + r.total()).containsExactly("Sin tipificar|1");
        assertThat(reports.byTypeAndChannel(new HelpDeskReports.Scope(today, today, afterTriage, f.actorId())))
                .extracting(r -> r.types() + "|" + r.total()).containsExactly("Alta de auxiliares en portal|1");
    }

    private void complete(long ticketId, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(ticketId);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), variables);
    }

    private Task task(long ticketId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(ticketId)).singleResult();
    }

    private List<String> activeActivities(long ticketId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(ticketId))
                .singleResult().getId();
        return runtime.getActiveActivityIds(instance);
    }

    private String status(long ticketId) {
        return jdbc.queryForObject("select status from captacion.ticket where id = ?", String.class, ticketId);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
