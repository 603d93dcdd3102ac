package mx.captacion.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.FilterChain;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A task form's data leaves the platform only after its bitácora entry is written. */
class TaskFormViewsTest {

    private static final String FICHA = "{\"ficha\":{\"value\":\"| Clave de elector | ABCDEF12345678H123 |\"}}";

    private final AccessLog accessLog = mock(AccessLog.class);
    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final TaskFormViews filter = new TaskFormViews(accessLog, tasks, runtime, mock(IdentityService.class));
    private final UUID recordId = UUID.randomUUID();

    private MockHttpServletResponse get(String path, int status) throws Exception {
        Task task = mock(Task.class);
        when(task.getProcessInstanceId()).thenReturn("pi-1");
        when(tasks.createTaskQuery().taskId("t-1").singleResult()).thenReturn(task);
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getBusinessKey()).thenReturn(recordId.toString());
        when(runtime.createProcessInstanceQuery().processInstanceId("pi-1").singleResult()).thenReturn(instance);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain engine = (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
            res.setContentType("application/json");
            res.getOutputStream().write(FICHA.getBytes(StandardCharsets.UTF_8));
            res.flushBuffer();
        };
        filter.doFilter(request, response, engine);
        return response;
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
    void aRefusedFormAndOtherEnginePathsAreNotLogged() throws Exception {
        assertThat(get("/engine-rest/task/t-1/form-variables", 403).getStatus()).isEqualTo(403);
        assertThat(get("/engine-rest/task/t-1", 200).getStatus()).isEqualTo(200);

        verifyNoInteractions(accessLog);
    }
}
