package mx.captacion.accesslog.internal;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;

/**
 * Logs every read of process variables through Camunda's REST API (its own {@code /engine-rest} and
 * the webapps' copy under {@code /camunda/api/engine}): a Tasklist form's variables, and what
 * operators read in Cockpit or through the API — a process instance's variables, variable-instance
 * and history queries. The control desk's and the hearing's {@code ficha} is the citizen's data.
 * Camunda has no hook after a REST read, so this filter holds the answer back, and only when it is a
 * 200 writes one entry per process instance the answer shows, then lets the body go; if the entries
 * cannot be written the answer becomes a 503 without the data. A process instance's business key
 * names what was seen: the record id for the record's and the hearing's processes, the auxiliar ID
 * or the ticket id for the others.
 */
class EngineVariableViews extends OncePerRequestFilter {

    private static final String ENGINE = "/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)";

    /**
     * {@code …/task/{id}/form-variables}, {@code …/variables} and {@code …/localVariables}, whole or
     * one by name: the forms' {@code ficha} is a task-local variable, so all of them carry it.
     */
    private static final Pattern TASK_VARIABLES = Pattern.compile(ENGINE
            + "/task/([^/]+)/(?:form-variables|variables(?:/[^/]+(?:/data)?)?|localVariables(?:/[^/]+(?:/data)?)?)");
    private static final Pattern INSTANCE_VARIABLES = Pattern.compile(ENGINE
            + "/process-instance/([^/]+)/variables(?:/[^/]+(?:/data)?)?");
    private static final Pattern EXECUTION_VARIABLES = Pattern.compile(ENGINE
            + "/execution/([^/]+)/localVariables(?:/[^/]+(?:/data)?)?");
    /** One variable's binary value: the answer is the bytes, so the variable names its instance. */
    private static final Pattern VARIABLE_DATA = Pattern.compile(ENGINE
            + "/(?:history/)?variable-instance/([^/]+)/data");
    /** Queries (GET or POST) and single variables: each answer names its process instances. */
    private static final Pattern VARIABLE_QUERIES = Pattern.compile(ENGINE
            + "/(?:variable-instance|history/variable-instance|history/detail)(?:/(?!count$)[^/]+)?");

    private final AccessLog accessLog;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    EngineVariableViews(AccessLog accessLog, TaskService tasks, RuntimeService runtime, HistoryService history,
                        IdentityService identity) {
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        boolean query = VARIABLE_QUERIES.matcher(path).matches();
        // a query may be a POST with its filters in the body; every other read is a GET
        return !("GET".equals(request.getMethod()) || query && "POST".equals(request.getMethod()))
                || !(query || TASK_VARIABLES.matcher(path).matches() || INSTANCE_VARIABLES.matcher(path).matches()
                || EXECUTION_VARIABLES.matcher(path).matches() || VARIABLE_DATA.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // JSON pages of at most the query's maxResults: held in memory until the entries are written
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (held.getStatus() == HttpStatus.OK.value()) {
            try {
                Viewed kind = TASK_VARIABLES.matcher(pathOf(request)).matches() ? Viewed.TASK_FORM : Viewed.PROCESS_VARIABLES;
                for (String businessKey : asPlatform(() -> businessKeysOf(pathOf(request), held.getContentAsByteArray()))) {
                    accessLog.viewed(kind, asRecordId(businessKey), businessKey, request);
                }
            } catch (RuntimeException notLogged) {
                logger.error("No se pudo registrar en la bitácora la vista de " + request.getRequestURI(), notLogged);
                response.reset();
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return;
            }
        }
        held.copyBodyToResponse();
    }

    /** What the answer showed, named by its process instances' business keys (or the task when it has none). */
    private Set<String> businessKeysOf(String path, byte[] answer) {
        Matcher task = TASK_VARIABLES.matcher(path);
        if (task.matches()) {
            Task seen = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
            return Set.of(seen == null || seen.getProcessInstanceId() == null ? "tarea " + task.group(1)
                    : businessKeyOf(seen.getProcessInstanceId()));
        }
        Set<String> instances = new LinkedHashSet<>();
        Matcher instance = INSTANCE_VARIABLES.matcher(path);
        Matcher execution = EXECUTION_VARIABLES.matcher(path);
        Matcher data = VARIABLE_DATA.matcher(path);
        if (instance.matches()) {
            instances.add(instance.group(1));
        } else if (execution.matches()) {
            Optional.ofNullable(runtime.createExecutionQuery().executionId(execution.group(1)).singleResult())
                    .map(Execution::getProcessInstanceId).ifPresent(instances::add);
        } else if (data.matches()) {
            Optional.ofNullable(history.createHistoricVariableInstanceQuery().variableId(data.group(1)).singleResult())
                    .map(HistoricVariableInstance::getProcessInstanceId).ifPresent(instances::add);
        } else {
            processInstancesIn(answer, instances);
        }
        Set<String> keys = new LinkedHashSet<>();
        instances.forEach(id -> keys.add(businessKeyOf(id)));
        return keys;
    }

    /** A query's answer: one object or a list of them, each with its {@code processInstanceId}. */
    private void processInstancesIn(byte[] answer, Set<String> instances) {
        JsonNode body;
        try {
            body = json.readTree(answer);
        } catch (IOException notJson) {
            throw new IllegalStateException("Respuesta del motor que no es JSON", notJson);
        }
        for (JsonNode variable : body.isArray() ? body : List.of(body)) {
            JsonNode id = variable.get("processInstanceId");
            if (id != null && id.isTextual()) {
                instances.add(id.asText());
            }
        }
    }

    private String businessKeyOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getBusinessKey() == null ? "proceso " + processInstanceId
                : instance.getBusinessKey();
    }

    /** Read as the platform: the reviewer may read the task but not its process instance. */
    private <T> T asPlatform(java.util.function.Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
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
