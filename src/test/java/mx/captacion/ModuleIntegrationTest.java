package mx.captacion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module started alone on the real PostgreSQL: its own beans, the modules it depends on
 * directly, and the platform every module stands on (the clock, blobs, security, the engine), but
 * no other module's. Camel's routes stay off (each names beans of its own module; a module test that
 * needs its routes names them with {@code camel.main.routes-include-pattern}) and so does Camunda's
 * job executor (the jobs in the shared test database belong to whole-platform tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = {"camel.main.routes-collector-enabled=false", "camunda.bpm.job-execution.enabled=false",
        "captacion.public-url=http://localhost:8080"})
@ContextConfiguration(initializers = ModuleIntegrationTest.TestDatabaseFirst.class)
public @interface ModuleIntegrationTest {

    /** The database exists before the context's refresh (and Flyway) starts, even when a module test runs first. */
    class TestDatabaseFirst implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.ensureExists();
        }
    }
}
