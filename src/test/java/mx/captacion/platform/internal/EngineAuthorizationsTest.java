package mx.captacion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import mx.captacion.platform.Roles;

/**
 * The table of Tasklist groups follows the diagrams: a process owner who gives a user task to a
 * group in {@code processes/} must give that group the process's definition in
 * {@link EngineAuthorizations#TASKLIST_GROUPS} (and Spring Security's door to Tasklist), or its
 * members would see the task without its process.
 */
class EngineAuthorizationsTest {

    @Test
    void everyCandidateGroupInTheDiagramsIsATasklistGroupOfItsProcess() throws IOException {
        Map<String, Set<String>> candidates = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String process = processOf(task);
                    for (String group : List.of(task.getCamundaCandidateGroups().split(","))) {
                        candidates.computeIfAbsent(group.trim(), g -> new TreeSet<>()).add(process);
                    }
                }
            }
        }
        assertThat(candidates).isNotEmpty().containsKey(Roles.MESA_CONTROL);
        Map<String, Set<String>> table = new TreeMap<>();
        EngineAuthorizations.TASKLIST_GROUPS.forEach((group, processes) -> table.put(group, new TreeSet<>(processes)));
        assertThat(table).isEqualTo(candidates);
    }

    /** The process a task belongs to, through any sub-process. */
    private static String processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        return parent instanceof Process process ? process.getId() : processOf(parent);
    }
}
