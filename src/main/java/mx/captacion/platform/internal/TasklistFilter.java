package mx.captacion.platform.internal;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Tasklist's one shared filter: the tasks of the signed-in person's groups, claimed ones included.
 * The engine shows a person only the tasks of their groups anyway ({@link EngineAuthorizations});
 * the filter says so in its name. The older unscoped filter, which the platform's configuration
 * used to create, gives way to it.
 */
@Component
public class TasklistFilter implements InitializingBean {

    public static final String NAME = "Tareas de mis grupos";
    /** What {@code camunda.bpm.filter.create} made before: every task, whoever asks. */
    private static final String UNSCOPED = "Todas las tareas";
    private static final Logger log = LoggerFactory.getLogger(TasklistFilter.class);

    private final FilterService filters;
    private final TaskService tasks;
    private String id;

    TasklistFilter(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void afterPropertiesSet() {
        filters.createFilterQuery().filterName(UNSCOPED).list().forEach(old -> {
            filters.deleteFilter(old.getId());
            log.info("Se quitó el filtro de Tasklist «{}», que listaba las tareas de todos los grupos", UNSCOPED);
        });
        Filter existing = filters.createFilterQuery().filterName(NAME).singleResult();
        if (existing != null) {
            id = existing.getId();
            return;
        }
        Filter filter = filters.newTaskFilter(NAME)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("description", "Las tareas de los grupos a los que usted pertenece",
                        "priority", -10, "refresh", true));
        id = filters.saveFilter(filter).getId();
    }

    /** The filter's id, which Tasklist's groups are granted to read. */
    String id() {
        return id;
    }
}
