package mx.captacion.roll.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.roll.*}: lista nominal imports; defaults in application.yaml. Public for the
 * import benchmark, which runs without Spring.
 *
 * @param directory folder uploads wait in (subidas/) until imported, then are deleted; the API
 *                  imports server-side files from it (those stay)
 * @param batchSize lines per committed batch, the point an interrupted import resumes from
 * @param logEvery  how many lines apart the log reports an import's progress
 */
@Validated
@ConfigurationProperties("captacion.roll")
public record RollSettings(@NotBlank String directory, @Positive int batchSize, @Positive long logEvery) {
}
