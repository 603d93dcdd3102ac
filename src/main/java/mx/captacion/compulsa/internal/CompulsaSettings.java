package mx.captacion.compulsa.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.compulsa.*}; defaults in application.yaml. The timer, the period and the folders
 * are read by {@code integration/compulsa.camel.yaml}; they are here to be checked at start-up and documented.
 *
 * @param endpoint  where batches go unless a request names one: local (the lista nominal imported
 *                  at /padron) or archivo (CSV batch files for the DERFE)
 * @param batchSize records per batch
 * @param period    how often one batch of the longest-waiting process goes out (a Camel duration: 10s)
 * @param scheduled whether batches go out on that timer (tests send their own)
 * @param local     the local endpoint's settings
 * @param file      the DERFE file endpoint's settings
 */
@Validated
@ConfigurationProperties("captacion.compulsa")
record CompulsaSettings(@NotBlank String endpoint, @Positive int batchSize, @NotBlank String period,
                        boolean scheduled, @Valid @NotNull Local local, @Valid @NotNull File file) {

    CompulsaSettings {
        if (endpoint != null && CompulsaEndpoint.byRouteName(endpoint).isEmpty()) {
            throw new IllegalArgumentException("captacion.compulsa.endpoint debe ser «local» o «archivo», no «"
                    + endpoint + "»");
        }
    }

    /**
     * {@code captacion.compulsa.local.*}.
     *
     * @param resumeAfter how long a local batch's records may still wait after its sending (the platform
     *                    stopped, an answer failed) before they are checked again against the roll
     */
    record Local(@NotNull Duration resumeAfter) {
    }

    /**
     * {@code captacion.compulsa.file.*}.
     *
     * @param outbox       folder the batch files for the DERFE are written to
     * @param inbox        folder the DERFE's answer files are read from
     * @param pollInterval how often the inbox is read (a Camel duration: 5s)
     * @param answerDue    how long a DERFE batch may go without its complete answer before it is shown
     *                     as overdue at /compulsa (and logged once); it is not re-sent by itself
     */
    record File(@NotBlank String outbox, @NotBlank String inbox, @NotBlank String pollInterval,
                @NotNull Duration answerDue) {
    }
}
