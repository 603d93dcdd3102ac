package mx.captacion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module started alone on the real PostgreSQL: its own beans, the modules it depends on
 * directly, and the platform every module stands on (the clock, blobs, security, the engine), but
 * no other module's. Camel's routes stay off (each names beans of its own module; a module test that
 * needs its routes names them with {@code camel.main.routes-include-pattern}) and so does Camunda's
 * job executor (the jobs in the shared test database belong to whole-platform tests).
 *
 * <p>The module's engine has a name of its own and its context is closed after the class: Camunda keeps
 * engines in a static registry by name, where a second «default» would replace the whole platform's for
 * the REST API and Tasklist of the other integration tests in the same JVM, and every cached context
 * would keep its connection pool open against PostgreSQL's connection limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = {"camel.main.routes-collector-enabled=false", "camunda.bpm.job-execution.enabled=false",
        "captacion.public-url=http://localhost:8080", "camunda.bpm.generate-unique-process-engine-name=true",
        "spring.datasource.hikari.maximum-pool-size=3"})
@DirtiesContext
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
