package mx.captacion.nota.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.nota.*}; defaults in application.yaml. The export's timer and folder are read by
 * {@code integration/nota.camel.yaml}; they are here to be checked at start-up and documented.
 *
 * @param annexWindow how much time before the cut-off annex B of the nota informativa covers (from the
 *                    actor's registration at most)
 * @param export      the daily export of every actor's nota informativa of one process
 */
@Validated
@ConfigurationProperties("captacion.nota")
record NotaSettings(@NotNull Duration annexWindow, @Valid @NotNull Export export) {

    /**
     * {@code captacion.nota.export.*}.
     *
     * @param scheduled whether the export runs on its cron
     * @param cron      when it runs: a Spring cron in central Mexico time, spaces written as +
     * @param process   the code of the process whose actors' notas are exported; empty, the scheduled
     *                  export logs a warning and writes nothing
     * @param directory folder the PDFs are written to
     */
    record Export(boolean scheduled, @NotBlank String cron, String process, @NotBlank String directory) {
    }
}
