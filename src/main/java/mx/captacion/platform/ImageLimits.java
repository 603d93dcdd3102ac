package mx.captacion.platform;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.images.*}: what an uploaded image may be, wherever one is taken (records, the
 * auxiliar's registration in the app, Mi Apoyo); defaults in application.yaml.
 *
 * @param maxBytes  largest image accepted, in bytes
 * @param minWidth  narrowest image a reviewer can read, in pixels; narrower ones are flagged
 * @param minHeight lowest image a reviewer can read, in pixels; lower ones are flagged
 * @param maxPixels most pixels an image's header may declare (width × height), checked without decoding
 *                  it: a few hundred bytes can declare 20000 × 20000, which decoding would hold as 1.6 GB
 */
@Validated
@ConfigurationProperties("captacion.images")
public record ImageLimits(@Positive int maxBytes, @Positive int minWidth, @Positive int minHeight,
                          @Positive long maxPixels) {
}
