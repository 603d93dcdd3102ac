package mx.captacion.auxiliares.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.auxiliares.*}; defaults in application.yaml.
 *
 * @param registrationTimeout how long an auxiliar has to register in the app with the ID mailed to
 *                            them (ISO-8601)
 * @param csv                 the representatives' CSV upload of auxiliares
 */
@Validated
@ConfigurationProperties("captacion.auxiliares")
public record AuxiliarSettings(@NotNull Duration registrationTimeout, @Valid @NotNull Csv csv) {

    /**
     * {@code captacion.auxiliares.csv.*}: a file larger or longer is refused whole.
     *
     * @param maxBytes largest file accepted, in bytes
     * @param maxRows  most data lines accepted
     */
    record Csv(@Positive int maxBytes, @Positive int maxRows) {
    }
}
