package mx.captacion.retention.internal;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.retention.*}; defaults in application.yaml.
 *
 * @param period       how long a process keeps its personal data after its period ended or its last
 *                     hearing decision, whichever is later (a process may have its own, V28)
 * @param chunkSize    records (or auxiliares) purged per transaction
 * @param scheduled    whether the timer of integration/retention.camel.yaml runs
 * @param interval     how often it runs (a Camel duration: 24h)
 * @param initialDelay how long after start-up it runs first (a Camel duration: 10m), so a
 *                     restart does not purge while the node is still warming up
 */
@Validated
@ConfigurationProperties("captacion.retention")
record RetentionSettings(@NotNull Period period, @Positive @Max(10_000) int chunkSize, boolean scheduled,
                         @NotBlank String interval, @NotBlank String initialDelay) {

    RetentionSettings {
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("captacion.retention.period debe ser un periodo positivo (p. ej. P1Y)");
        }
    }
}
