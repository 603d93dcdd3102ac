package mx.captacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules keep to their boundaries — other modules reach only a module's base package,
 * and only the modules its {@code @ApplicationModule} allows — and {@code docs/modules} shows them as
 * the code is: Spring Modulith's Documenter (PlantUML and module canvases) and a Mermaid diagram for
 * readers of the repository. After a change of modules, {@code ./mvnw test -Dtest=ModulesTest
 * -Dmodules.docs.update=true} rewrites the folder.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CaptacionApplication.class);
    private static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/spring-modulith-docs");

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyFeatureModuleDeclaresItselfAndWhatItMayUse() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .contains("records", "actors", "auxiliares", "platform", "compulsa", "helpdesk");
        MODULES.forEach(module -> assertThat(module.getDisplayName()).as(module.getName())
                .endsWith("(" + module.getName() + ")"));
    }

    @Test
    void theModuleDocumentationInDocsIsCurrent() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.writeString(GENERATED.resolve("README.md"), overview(), StandardCharsets.UTF_8);

        if (Boolean.getBoolean("modules.docs.update")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Path file : files(GENERATED)) {
                Files.copy(file, DOCS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(Files.isDirectory(DOCS)).as("docs/modules existe").isTrue();
        assertThat(contents(DOCS)).as("docs/modules está al día (reescríbalo con -Dmodules.docs.update=true)")
                .isEqualTo(contents(GENERATED));
    }

    /** The module graph in Mermaid (GitHub draws it) and each module's API, from the same model. */
    private static String overview() {
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(ApplicationModule::getName)).toList();
        StringBuilder md = new StringBuilder("""
                # Módulos de Captación

                Escrito por `ModulesTest` a partir del código (Spring Modulith); no se edita a mano.
                Cada módulo es un paquete bajo `mx.captacion`: lo público de su paquete base es su API, lo
                de `internal` es suyo. Una flecha es una dependencia permitida y usada. `components.puml` y
                `module-*.puml` son los diagramas de Spring Modulith (PlantUML); `module-*.adoc`, sus fichas.

                ```mermaid
                flowchart LR
                """);
        for (ApplicationModule module : modules) {
            md.append("  ").append(module.getName()).append("[\"").append(module.getDisplayName()).append("\"]\n");
        }
        for (ApplicationModule module : modules) {
            module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).sorted().distinct()
                    .forEach(target -> md.append("  ").append(module.getName()).append(" --> ").append(target).append('\n'));
        }
        md.append("```\n\n| Módulo | Depende de | API (paquete base) |\n| --- | --- | --- |\n");
        for (ApplicationModule module : modules) {
            String dependencies = module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .sorted().distinct().collect(Collectors.joining(", "));
            String api = module.getNamedInterfaces().getUnnamedInterface().asJavaClasses()
                    .filter(type -> !type.isNestedClass() && !type.getSimpleName().equals("package-info"))
                    .map(JavaClass::getSimpleName).sorted().collect(Collectors.joining(", "));
            md.append("| ").append(module.getDisplayName()).append(" | ").append(dependencies.isEmpty() ? "—" : dependencies)
                    .append(" | ").append(api.isEmpty() ? "— (solo rutas y páginas)" : api).append(" |\n");
        }
        return md.toString();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Each file's lines, sorted: the Documenter writes a diagram's relations in an order that changes from
     * one JVM to the next (it keeps them in hash sets), so only which lines there are is compared.
     */
    private static Map<String, List<String>> contents(Path folder) throws IOException {
        Map<String, List<String>> contents = new TreeMap<>();
        for (Path file : files(folder)) {
            contents.put(file.getFileName().toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList());
        }
        return contents;
    }
}
