package mx.captacion.reports.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.reports.*}; defaults in application.yaml. The rollup's timer is read by
 * {@code integration/reports.camel.yaml}; it is here to be checked at start-up and documented.
 *
 * @param rollup the daily reception counts behind the process-wide reports
 */
@Validated
@ConfigurationProperties("captacion.reports")
public record ReportSettings(@Valid @NotNull Rollup rollup) {

    /**
     * {@code captacion.reports.rollup.*}.
     *
     * @param scheduled whether finished days are counted on a timer
     * @param period    how often they are counted (a Camel duration: 1h)
     * @param margin    how long after a day's end it is counted (ISO-8601), so late records are in
     */
    public record Rollup(boolean scheduled, @NotBlank String period, @NotNull Duration margin) {
    }
}
