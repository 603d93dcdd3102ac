package mx.captacion.compulsa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** A misconfigured compulsa stops the start-up and names the key, instead of failing a batch later. */
class CompulsaSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CompulsaSettings.class)
    static class OnlyTheSettings {
    }

    // application.yaml as the platform reads it, so its defaults are the ones checked
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(OnlyTheSettings.class);

    @Test
    void applicationYamlsDefaultsBindAndPass() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            CompulsaSettings settings = started.getBean(CompulsaSettings.class);
            assertThat(settings.batchSize()).isEqualTo(500);
            assertThat(settings.local().resumeAfter()).isEqualTo(Duration.ofMinutes(5));
            assertThat(settings.file().answerDue()).isEqualTo(Duration.ofDays(2));
        });
    }

    @Test
    void aNegativeBatchSizeStopsTheStartNamingTheKeyAndTheValue() {
        context.withPropertyValues("captacion.compulsa.batch-size=-5").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).isInstanceOf(ConfigurationPropertiesBindException.class)
                    .hasMessageContaining("captacion.compulsa")
                    .rootCause().isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("batchSize").hasMessageContaining("-5");
            // what the start-up log shows an operator (Spring Boot's report of the failure)
            assertThat(report(started.getStartupFailure()))
                    .contains("Property: captacion.compulsa.batchSize", "Value: \"-5\"",
                            "Origin: \"captacion.compulsa.batch-size\"", "Reason: ");
        });
    }

    /** The description Spring Boot's failure analyzers give, as printed under «APPLICATION FAILED TO START». */
    private static String report(Throwable failure) {
        return SpringFactoriesLoader.forDefaultResourceLocation(CompulsaSettingsTest.class.getClassLoader())
                .load(FailureAnalyzer.class, FailureHandler.handleMessage((message, e) -> { }))
                .stream().map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull)
                .map(FailureAnalysis::getDescription).findFirst().orElse("");
    }

    @Test
    void aMissingNestedDurationStopsTheStart() {
        context.withPropertyValues("captacion.compulsa.file.answer-due=").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("file.answerDue");
        });
    }

    @Test
    void anUnknownEndpointStopsTheStartWithTheChoices() {
        context.withPropertyValues("captacion.compulsa.endpoint=ftp").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessage("captacion.compulsa.endpoint debe ser «local» o «archivo», no «ftp»");
        });
    }
}
