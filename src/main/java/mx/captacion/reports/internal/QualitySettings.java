package mx.captacion.reports.internal;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.quality.*}: the auxiliares' quality report; defaults in application.yaml. Its own
 * prefix, apart from {@link ReportSettings}, because the key names are documented and kept.
 *
 * @param minimumCaptureInterval two captures of one auxiliar closer than this cannot both be real
 *                               (four images and a signature)
 * @param attentionPercent       an auxiliar whose records are inconsistent or duplicated above this
 *                               share (%) is marked for a look
 */
@Validated
@ConfigurationProperties("captacion.quality")
record QualitySettings(@NotNull Duration minimumCaptureInterval,
                       @DecimalMin("0") @DecimalMax("100") double attentionPercent) {
}
