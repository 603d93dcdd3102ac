package mx.captacion.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is seen and worked only by its candidate groups. Camunda's authorizations are off (one
 * login, our groups), so through its engine API — the REST API and Tasklist's copy of it — any
 * Tasklist user could read any task's form (a control-desk task's holds the citizen's data) and
 * claim, complete, re-assign or add a candidate group to it: a help-desk agent deciding a
 * control-desk review. Every request to {@code …/task/{id}} and below is let through only to a
 * member of one of the task's candidate groups, or to an operator ({@code camunda-admin}); task
 * queries and the platform's own Java calls are untouched. Runs after Spring Security, so the user
 * is known.
 */
@Component
class TaskAccessFilter extends OncePerRequestFilter {

    /** The task id in the three ways the engine API is reached; "count" and the like are not tasks. */
    private static final Pattern TASK = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)(?:/.*)?$");

    private final TaskService tasks;
    private final ObjectMapper json;

    TaskAccessFilter(TaskService tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!task.matches()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = groups();
        if (groups.contains(Roles.CAMUNDA_ADMIN)) {
            chain.doFilter(request, response);
            return;
        }
        String taskId = task.group(1);
        if ("create".equals(taskId)) {
            refuse(response, "Solo la operación de la plataforma crea tareas sueltas.");
            return;
        }
        Set<String> candidates = candidateGroups(taskId);
        if (candidates.isEmpty() || groups.stream().anyMatch(candidates::contains)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(response, "Esta tarea corresponde a " + (candidates.size() == 1 ? "el grupo " : "los grupos ")
                + candidates.stream().sorted().collect(Collectors.joining(", "))
                + " y su cuenta no pertenece a él; no puede verla, tomarla, reasignarla ni terminarla.");
    }

    private static List<String> groups() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? List.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    /** Empty when there is no such task (a query such as …/task/count, or a wrong id Camunda answers). */
    private Set<String> candidateGroups(String taskId) {
        try {
            return tasks.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        } catch (NullValueException noSuchTask) {
            return Set.of();
        }
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Camunda's own error shape (Tasklist shows "message"), with the platform's code beside it
        response.getWriter().write(json.writeValueAsString(new CamundaError("AuthorizationException",
                "TAREA_DE_OTRO_GRUPO", message)));
    }

    record CamundaError(String type, String code, String message) {
    }
}
