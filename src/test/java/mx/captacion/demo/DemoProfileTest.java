package mx.captacion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

import mx.captacion.CaptacionApplication;

/**
 * The component scan of the whole application, as {@code @SpringBootApplication} does it, with the
 * profiles a production start has (the jar's none, {@code postgres}, the tests' {@code test}): not
 * one class of {@code mx.captacion.demo} becomes a bean. Quick, with no context; {@code
 * ProductionWithoutDemoIT} checks the started platform.
 */
class DemoProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "postgres", "test"})
    void withoutTheDemoProfileNoDemoClassIsABean(String profile) {
        MockEnvironment environment = new MockEnvironment();
        if (!profile.isEmpty()) {
            environment.setActiveProfiles(profile);
        }

        assertThat(demoBeans(environment)).isEmpty();
    }

    @Test
    void theDemoProfileBringsTheDemoDataAndTheSeedScenario() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres", "demo");

        assertThat(demoBeans(environment)).containsExactlyInAnyOrder(DemoData.class.getName(),
                DemoAuxiliares.class.getName(), SeedScenario.class.getName());
    }

    @Test
    void theSeedReplayNeedsTheDemoProfileAsWellAsItsProperty() {
        MockEnvironment production = new MockEnvironment().withProperty("captacion.demo.scenario", "semilla");
        MockEnvironment demo = new MockEnvironment().withProperty("captacion.demo.scenario", "semilla");
        demo.setActiveProfiles("demo");

        assertThat(demoBeans(production)).isEmpty();
        assertThat(demoBeans(demo)).contains(SeedScenarioDemo.class.getName());
    }

    private static List<String> demoBeans(MockEnvironment environment) {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true,
                environment);
        return scan.findCandidateComponents(CaptacionApplication.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> name.startsWith(DemoProfileTest.class.getPackageName() + "."))
                .toList();
    }
}
