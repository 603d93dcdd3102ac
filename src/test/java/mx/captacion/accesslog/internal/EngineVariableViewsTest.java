package mx.captacion.accesslog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.FilterChain;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;

/** A task form's or a process's variables leave the platform only after their bitácora entries are written. */
class EngineVariableViewsTest {

    private static final String FICHA = "{\"ficha\":{\"value\":\"| Clave de elector | ABCDEF12345678H123 |\"}}";

    private final AccessLog accessLog = mock(AccessLog.class);
    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    private final EngineVariableViews filter = new EngineVariableViews(accessLog, tasks, runtime, history,
            mock(IdentityService.class));
    private final UUID recordId = UUID.randomUUID();
    private final UUID otherRecordId = UUID.randomUUID();

    private MockHttpServletResponse get(String path, int status) throws Exception {
        return answer("GET", path, status, FICHA);
    }

    private MockHttpServletResponse answer(String method, String path, int status, String body) throws Exception {
        Task task = mock(Task.class);
        when(task.getProcessInstanceId()).thenReturn("pi-1");
        when(tasks.createTaskQuery().taskId("t-1").singleResult()).thenReturn(task);
        instance("pi-1", recordId);
        instance("pi-2", otherRecordId);
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain engine = (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
            res.setContentType("application/json");
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            res.flushBuffer();
        };
        filter.doFilter(request, response, engine);
        return response;
    }

    private void instance(String id, UUID businessKey) {
        HistoricProcessInstance instance = mock(HistoricProcessInstance.class);
        when(instance.getBusinessKey()).thenReturn(businessKey.toString());
        when(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()).thenReturn(instance);
    }

    @Test
    void aServedFormIsLoggedWithItsRecordAndThenSent() throws Exception {
        MockHttpServletResponse response = get("/camunda/api/engine/engine/default/task/t-1/form-variables", 200);

        verify(accessLog).viewed(eq(Viewed.TASK_FORM), eq(recordId), eq(recordId.toString()), any());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo(FICHA);
    }

    @Test
    void theFichaReadAsATaskLocalVariableIsLoggedToo() throws Exception {
        get("/engine-rest/task/t-1/localVariables/ficha", 200);

        verify(accessLog).viewed(eq(Viewed.TASK_FORM), eq(recordId), eq(recordId.toString()), any());
    }

    @Test
    void whenTheEntryCannotBeWrittenTheFormIsNotSent() throws Exception {
        doThrow(new DataAccessResourceFailureException("base de datos caída"))
                .when(accessLog).viewed(any(), any(), any(), any());

        MockHttpServletResponse response = get("/engine-rest/task/t-1/form-variables", 200);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).doesNotContain("Clave de elector");
    }

    @Test
    void aCockpitVariableQueryIsLoggedOncePerProcessInstanceItShows() throws Exception {
        String variables = "[{\"name\":\"ficha\",\"processInstanceId\":\"pi-1\"},"
                + "{\"name\":\"recordId\",\"processInstanceId\":\"pi-1\"},"
                + "{\"name\":\"ficha\",\"processInstanceId\":\"pi-2\"}]";

        MockHttpServletResponse response = answer("POST",
                "/camunda/api/engine/engine/default/variable-instance", 200, variables);

        verify(accessLog).viewed(eq(Viewed.PROCESS_VARIABLES), eq(recordId), eq(recordId.toString()), any());
        verify(accessLog).viewed(eq(Viewed.PROCESS_VARIABLES), eq(otherRecordId), eq(otherRecordId.toString()), any());
        verifyNoMoreInteractions(accessLog);
        assertThat(response.getContentAsString()).isEqualTo(variables);
    }

    @Test
    void aProcessInstancesVariablesAndItsHistoryAreLogged() throws Exception {
        get("/engine-rest/process-instance/pi-2/variables", 200);
        answer("GET", "/engine-rest/history/variable-instance/v-9", 200, "{\"processInstanceId\":\"pi-1\"}");

        verify(accessLog).viewed(eq(Viewed.PROCESS_VARIABLES), eq(otherRecordId), any(), any());
        verify(accessLog).viewed(eq(Viewed.PROCESS_VARIABLES), eq(recordId), any(), any());
    }

    @Test
    void aCountShowsNoDataAndIsNotLogged() throws Exception {
        answer("POST", "/engine-rest/variable-instance/count", 200, "{\"count\":3}");
        answer("POST", "/engine-rest/task/t-1/variables", 200, "{}");

        verifyNoInteractions(accessLog);
    }

    @Test
    void aRefusedFormAndOtherEnginePathsAreNotLogged() throws Exception {
        assertThat(get("/engine-rest/task/t-1/form-variables", 403).getStatus()).isEqualTo(403);
        assertThat(get("/engine-rest/task/t-1", 200).getStatus()).isEqualTo(200);

        verifyNoInteractions(accessLog);
    }
}
