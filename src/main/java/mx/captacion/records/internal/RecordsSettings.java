package mx.captacion.records.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.records.*}; defaults in application.yaml. The intake's keys are read by
 * {@code integration/intake.camel.yaml}; they are here to be checked at start-up and documented.
 *
 * @param intake     the intake of received records
 * @param imageReuse the check for one picture in records of different citizens
 */
@Validated
@ConfigurationProperties("captacion.records")
record RecordsSettings(@Valid @NotNull Intake intake, @Valid @NotNull ImageReuse imageReuse) {

    /**
     * {@code captacion.records.intake.*}.
     *
     * @param batchSize how many received records one transaction takes in
     * @param idleDelay how long, in milliseconds, an intake route waits after a poll that found no record
     */
    record Intake(@Positive @Max(1000) int batchSize, @Positive long idleDelay) {
    }

    /**
     * {@code captacion.records.image-reuse.*}.
     *
     * @param maxDistance most bits (of 256) in which two perceptual hashes may differ and still be one
     *                    picture reused by different citizens; at most 15, or the banded look-up misses some
     */
    record ImageReuse(@PositiveOrZero @Max(15) int maxDistance) {
    }
}
