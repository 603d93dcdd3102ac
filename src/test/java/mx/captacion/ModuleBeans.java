package mx.captacion;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationContext;

/** What a {@link ModuleIntegrationTest} started of other modules: it should be nothing. */
public final class ModuleBeans {

    private ModuleBeans() {
    }

    /** The types of the context's beans that belong to any of these modules ({@code mx.captacion.<module>…}). */
    public static List<Class<?>> of(ApplicationContext context, String... modules) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .<Class<?>>map(context::getType)
                .filter(type -> type != null && Arrays.stream(modules)
                        .anyMatch(module -> type.getPackageName().startsWith("mx.captacion." + module)))
                .toList();
    }
}
