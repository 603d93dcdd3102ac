package mx.captacion.platform.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.platform.Roles;

/**
 * What each group may do in Camunda, granted at start-up from one table. Camunda's authorizations
 * are on ({@code camunda.bpm.authorization.enabled}), so the engine itself filters every task,
 * process-instance, variable and history query of a signed-in person and refuses every command
 * they have no permission for, whichever of its APIs is used (REST, Tasklist's copy, a filter).
 *
 * <p>A task's candidate groups get their permissions on that task from the engine's defaults when
 * the task is created (read it and work it: {@code default-user-permission-name-for-task}
 * {@code TASK_WORK}), so the table only names what Tasklist needs besides: the application, the
 * shared filter, and reading the definition of the process whose tasks the group works (the card's
 * process name and diagram). No Tasklist group may read process instances, their variables or
 * history. Operators ({@code camunda-admin}) may do everything.
 */
@Component
class EngineAuthorizations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    /** The Tasklist groups, each with the processes whose user tasks name it a candidate group. */
    static final Map<String, List<String>> TASKLIST_GROUPS = Map.of(
            Roles.MESA_CONTROL, List.of("citizen-record"),
            Roles.REVISION_AUXILIARES, List.of("auxiliar-lifecycle"),
            Roles.AUDIENCIA, List.of("record-hearing"),
            Roles.MATO, List.of("support-ticket"),
            Roles.SOPORTE_TECNICO, List.of("support-ticket"));

    /** One grant of the table: a group may do these on a resource (one id, or {@code *}). */
    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    /**
     * Open tasks created before authorizations were on have no authorization for their candidate
     * groups (the engine makes one only when a candidate is added): those pairs, read once.
     */
    private static final String TASKS_WITHOUT_GRANT = """
            select link.task_id_, link.group_id_ from act_ru_identitylink link
            where link.type_ = 'candidate' and link.task_id_ is not null and link.group_id_ is not null
              and not exists (select 1 from act_ru_authorization auth
                              where auth.resource_type_ = ? and auth.resource_id_ = link.task_id_
                                and auth.group_id_ = link.group_id_)""";

    private final AuthorizationService authorizations;
    private final TasklistFilter tasklistFilter;
    private final JdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl engine;

    EngineAuthorizations(AuthorizationService authorizations, TasklistFilter tasklistFilter, JdbcTemplate jdbc,
                         ProcessEngineConfigurationImpl engine) {
        this.authorizations = authorizations;
        this.tasklistFilter = tasklistFilter;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** The table: operators everything; each Tasklist group the application, the filter and its definitions. */
    List<Grant> table() {
        Stream<Grant> operators = Stream.of(Resources.values())
                .map(resource -> new Grant(Roles.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL));
        Stream<Grant> tasklist = TASKLIST_GROUPS.entrySet().stream().flatMap(group -> Stream.concat(
                Stream.of(new Grant(group.getKey(), Resources.APPLICATION, "tasklist", Permissions.ACCESS),
                        new Grant(group.getKey(), Resources.FILTER, tasklistFilter.id(), Permissions.READ)),
                group.getValue().stream().map(process ->
                        new Grant(group.getKey(), Resources.PROCESS_DEFINITION, process, Permissions.READ))));
        return Stream.concat(operators, tasklist).toList();
    }

    @Override
    public void afterPropertiesSet() {
        table().forEach(this::ensure);
        grantOpenTasksToTheirCandidates();
    }

    /** Creates the grant, or adds the permissions it lacks; never takes one away (an operator may add more). */
    private void ensure(Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.group()).resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing != null && Stream.of(grant.permissions()).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        Stream.of(grant.permissions()).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }

    private void grantOpenTasksToTheirCandidates() {
        List<String[]> missing = jdbc.query(TASKS_WITHOUT_GRANT,
                (row, i) -> new String[] {row.getString(1), row.getString(2)}, Resources.TASK.resourceType());
        for (String[] taskAndGroup : missing) {
            // what the engine grants a candidate group when it adds one
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setResource(Resources.TASK);
            authorization.setResourceId(taskAndGroup[0]);
            authorization.setGroupId(taskAndGroup[1]);
            authorization.addPermission(Permissions.READ);
            authorization.addPermission(engine.getDefaultUserPermissionForTask());
            authorizations.saveAuthorization(authorization);
        }
        if (!missing.isEmpty()) {
            log.info("Se dieron a sus grupos candidatos {} tareas abiertas creadas antes de activar las autorizaciones",
                    missing.size());
        }
    }
}
