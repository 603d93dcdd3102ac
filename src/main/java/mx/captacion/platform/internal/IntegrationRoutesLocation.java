package mx.captacion.platform.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import mx.captacion.platform.Workspace;

/**
 * Points Camel at the routes of {@code integration/} on disk, or at the packaged copy when the
 * folder is absent, unless the integrator named a pattern of their own.
 */
class IntegrationRoutesLocation implements EnvironmentPostProcessor {

    static final String PATTERN_PROPERTY = "camel.main.routes-include-pattern";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PATTERN_PROPERTY)) {
            return;
        }
        // runs after application.yaml is read (this post-processor has the lowest precedence), which holds the default
        String folder = environment.getRequiredProperty("captacion.workspace.integration");
        String pattern = Workspace.location(folder, "integration") + "*.camel.yaml";
        environment.getPropertySources().addLast(new MapPropertySource("captacion-integration",
                Map.of(PATTERN_PROPERTY, pattern)));
    }
}
