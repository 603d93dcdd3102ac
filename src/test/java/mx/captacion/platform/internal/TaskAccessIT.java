package mx.captacion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.Roles;

/**
 * A control-desk task is seen, taken and decided by the control desk only, whoever else signs in to
 * Tasklist: the engine's own authorizations (EngineAuthorizations) refuse the commands and filter
 * the queries.
 */
class TaskAccessIT extends IntegrationTestBase {

    private static final String AGENT = "agente.tareas.it";

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    EngineAuthorizations startUp;

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
        assertThat(body(claim).get("type").asText()).isEqualTo("AuthorizationException");
        assertThat(postJson("/engine-rest/engine/default/task/" + task + "/claim", AGENT, Map.of("userId", AGENT))
                .statusCode()).isEqualTo(403);
        // nor can it make its own group a candidate first; nor can the control desk (it works tasks, it does not hand them out)
        for (String user : new String[] {AGENT, REVIEWER}) {
            assertThat(postJson("/engine-rest/task/" + task + "/identity-links", user,
                    Map.of("groupId", Roles.MATO, "type", "candidate")).statusCode()).as(user).isEqualTo(403);
        }
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
                    .header("Authorization", basic(user)).DELETE().build()).statusCode()).isIn(403, 404);
            assertThat(postJson("/engine-rest/process-instance/" + instance + "/variables", user,
                    Map.of("modifications", Map.of("decision", Map.of("value", "VALIDO")))).statusCode()).isEqualTo(403);
            // a query answers, but without the record's process
            HttpResponse<String> instances = postJson("/engine-rest/process-instance", user, Map.of("businessKey", record.toString()));
            assertThat(instances.statusCode()).isEqualTo(200);
            assertThat(body(instances).findValuesAsText("id")).as(user).doesNotContain(instance);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }

    @Test
    void anotherGroupCannotReadTheCitizensDataInItsForm() {
        assertThat(get("/engine-rest/task/" + task, AGENT).statusCode()).isEqualTo(404);
        for (String path : new String[] {"/form-variables", "/variables", "/localVariables", "/deployed-form"}) {
            HttpResponse<String> answer = get("/engine-rest/task/" + task + path, AGENT);
            assertThat(answer.statusCode()).as(path).isIn(403, 404);
            assertThat(answer.body()).as(path).doesNotContain("Clave de elector");
        }
        // nor all variable instances at once, nor through a filter of its own that lists them
        for (String user : new String[] {AGENT, REVIEWER}) {
            assertThat(get("/engine-rest/variable-instance?variableName=ficha", user).statusCode()).isEqualTo(403);
        }
        assertThat(postJson("/engine-rest/filter/create", AGENT, Map.of("resourceType", "Task", "name", "fichas",
                "query", Map.of(), "properties", Map.of("variables", List.of(Map.of("name", "ficha", "label", "ficha")))))
                .statusCode()).isEqualTo(403);
        assertThat(filterService.createFilterQuery().filterName("fichas").count()).isZero();

        HttpResponse<String> own = get("/engine-rest/task/" + task + "/form-variables", REVIEWER);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(body(own).get("ficha").get("value").asText()).isNotBlank();
    }

    @Test
    void openTasksOfAnEarlierDatabaseAreGrantedToTheirCandidatesAtStartUp() {
        // as an installation that ran before the engine's authorizations were on: the task's grant is missing
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        assertThat(get("/engine-rest/task/" + task, REVIEWER).statusCode()).isEqualTo(404);

        startUp.afterPropertiesSet();

        assertThat(get("/engine-rest/task/" + task, REVIEWER).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/task/" + task, AGENT).statusCode()).isEqualTo(404);
    }

    @Test
    void tasklistsFilterListsTheTasksOfOnesOwnGroups() {
        String filter = filterService.createFilterQuery().filterName(TasklistFilter.NAME).singleResult().getId();
        assertThat(filterService.createFilterQuery().filterName("Todas las tareas").count()).isZero();

        // the filter's query, narrowed to this record (other tests leave many open tasks behind)
        Map<String, Object> thisRecord = Map.of("processInstanceBusinessKey", record.toString());
        assertThat(body(postJson("/engine-rest/filter/" + filter + "/list", REVIEWER, thisRecord))
                .findValuesAsText("id")).containsExactly(task);
        assertThat(body(postJson("/engine-rest/filter/" + filter + "/list", AGENT, thisRecord))
                .findValuesAsText("id")).isEmpty();
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
