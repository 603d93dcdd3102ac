package mx.captacion.hearings.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.audiencia.*}: the garantía de audiencia; defaults in application.yaml.
 *
 * @param windowDays days (the opening day counts) actors have to contest judged records once INE opens
 *                   the hearing, unless INE names another window
 */
@Validated
@ConfigurationProperties("captacion.audiencia")
record HearingSettings(@Min(1) @Max(OpeningHearing.MAX_WINDOW_DAYS) int windowDays) {
}
