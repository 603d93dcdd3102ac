package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;

/** A control-desk task is seen, taken, re-assigned and decided by the control desk only, whoever else signs in to Tasklist. */
class TaskAccessIT extends IntegrationTestBase {

    private static final String AGENT = "agente.tareas.it";

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    private UUID record;
    private String task;

    @BeforeEach
    void aRecordAtTheControlDesk() {
        ensureReviewerAndAnalyst();
        ensureUser(AGENT, Roles.MATO);
        record = accepted(submission(newFixture()));
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        task = taskOf(record);
    }

    @Test
    void anotherGroupCannotClaimReassignOrDecideIt() {
        HttpResponse<String> claim = postJson("/engine-rest/task/" + task + "/claim", AGENT, Map.of("userId", AGENT));
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(body(claim).get("code").asText()).isEqualTo("TAREA_DE_OTRO_GRUPO");
        assertThat(body(claim).get("message").asText()).contains("el grupo mesa-control");
        assertThat(postJson("/engine-rest/engine/default/task/" + task + "/claim", AGENT, Map.of("userId", AGENT))
                .statusCode()).isEqualTo(403);
        // nor can it make its own group a candidate first
        assertThat(postJson("/engine-rest/task/" + task + "/identity-links", AGENT,
                Map.of("groupId", Roles.MATO, "type", "candidate")).statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(task)).noneMatch(link -> Roles.MATO.equals(link.getGroupId()));

        // the control desk claims it; the agent still cannot decide it
        assertThat(postJson("/engine-rest/task/" + task + "/claim", REVIEWER, Map.of("userId", REVIEWER)).statusCode())
                .isEqualTo(204);
        HttpResponse<String> decided = postJson("/engine-rest/task/" + task + "/submit-form", AGENT,
                Map.of("variables", Map.of("decision", Map.of("value", "VALIDO"))));
        assertThat(decided.statusCode()).isEqualTo(403);
        assertThat(statusOf(record)).isEqualTo("EN_MESA_DE_CONTROL");

        // nor can it, or the control desk, touch the record's process itself: that is an operator's
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        for (String user : new String[] {AGENT, REVIEWER}) {
            assertThat(send(HttpRequest.newBuilder(uri("/engine-rest/process-instance/" + instance))
                    .header("Authorization", basic(user)).DELETE().build()).statusCode()).isEqualTo(403);
            assertThat(postJson("/engine-rest/process-instance/" + instance + "/variables", user,
                    Map.of("modifications", Map.of("decision", Map.of("value", "VALIDO")))).statusCode()).isEqualTo(403);
        }
        assertThat(postJson("/engine-rest/process-instance", AGENT, Map.of()).statusCode()).as("a query").isEqualTo(200);

        // task queries stay open to every Tasklist user
        assertThat(postJson("/engine-rest/task/count", AGENT, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + record, AGENT).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherGroupCannotReadTheCitizensDataInItsForm() {
        for (String path : new String[] {"", "/form-variables", "/variables", "/localVariables", "/deployed-form"}) {
            assertThat(get("/engine-rest/task/" + task + path, AGENT).statusCode()).as(path).isEqualTo(403);
        }
        // nor all variable instances at once, nor through a filter of its own that lists them
        assertThat(get("/engine-rest/variable-instance?variableName=ficha", AGENT).statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/variable-instance?variableName=ficha", REVIEWER).statusCode()).isEqualTo(403);
        assertThat(postJson("/engine-rest/filter/create", AGENT, Map.of("resourceType", "Task", "name", "fichas",
                "query", Map.of(), "properties", Map.of("variables", List.of(Map.of("name", "ficha", "label", "ficha")))))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> own = get("/engine-rest/task/" + task + "/form-variables", REVIEWER);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(body(own).get("ficha").get("value").asText()).isNotBlank();
    }

    @Test
    void tasklistsFilterListsTheTasksOfOnesOwnGroups() {
        String filter = filterService.createFilterQuery().filterName(TasklistFilter.NAME).singleResult().getId();
        assertThat(filterService.createFilterQuery().filterName("Todas las tareas").count()).isZero();

        assertThat(body(postJson("/engine-rest/filter/" + filter + "/list?maxResults=1000", REVIEWER, Map.of()))
                .findValuesAsText("id")).contains(task);
        assertThat(body(postJson("/engine-rest/filter/" + filter + "/list?maxResults=1000", AGENT, Map.of()))
                .findValuesAsText("id")).doesNotContain(task);
    }

    @Test
    void theControlDeskDecidesIt() {
        HttpResponse<String> reviewed = review(record, "VALIDO", null);

        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(204);
        awaitStatus(record, "PARA_COMPULSA");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
