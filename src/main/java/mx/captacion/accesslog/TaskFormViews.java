package mx.captacion.accesslog;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logs a Tasklist form's view: Camunda's REST API (its own {@code /engine-rest} and Tasklist's copy
 * under {@code /camunda/api/engine}) serves a task's variables — the control desk's and the
 * hearing's {@code ficha} is the citizen's data. Camunda has no hook after a REST read, so this
 * filter holds the answer back, and only when it is a 200 writes the entry and then lets the body
 * go; if the entry cannot be written the answer becomes a 503 without the data. The task's business
 * key names what was seen: the record id for the record's and the hearing's processes, the
 * auxiliar ID or the ticket id for the others.
 */
class TaskFormViews extends OncePerRequestFilter {

    /**
     * {@code …/task/{id}/form-variables}, {@code …/variables} and {@code …/localVariables}, whole or
     * one by name: the forms' {@code ficha} is a task-local variable, so all of them carry it.
     */
    private static final Pattern TASK_VARIABLES = Pattern.compile("/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)"
            + "/task/([^/]+)/(?:form-variables|variables(?:/[^/]+)?|localVariables(?:/[^/]+)?)");

    private final AccessLog accessLog;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    TaskFormViews(AccessLog accessLog, TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !TASK_VARIABLES.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // small JSON: held in memory until the entry is written
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (held.getStatus() == HttpStatus.OK.value()) {
            Matcher task = TASK_VARIABLES.matcher(pathOf(request));
            task.matches();
            try {
                String businessKey = businessKeyOf(task.group(1));
                accessLog.viewed(Viewed.TASK_FORM, asRecordId(businessKey), businessKey, request);
            } catch (RuntimeException notLogged) {
                logger.error("No se pudo registrar en la bitácora la vista de " + request.getRequestURI(), notLogged);
                response.reset();
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return;
            }
        }
        held.copyBodyToResponse();
    }

    /** Read as the platform: the reviewer may read the task but not its process instance. */
    private String businessKeyOf(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            ProcessInstance instance = task == null || task.getProcessInstanceId() == null ? null
                    : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            return instance == null ? "tarea " + taskId : instance.getBusinessKey();
        } finally {
            identity.setAuthentication(caller);
        }
    }

    private static UUID asRecordId(String businessKey) {
        try {
            return UUID.fromString(businessKey);
        } catch (IllegalArgumentException notARecord) {
            return null;
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
