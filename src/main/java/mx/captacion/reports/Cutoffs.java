package mx.captacion.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.platform.ApiProblem;

/** The cut-off a report is asked for: ISO instants in the API, central Mexico time in the portal. */
final class Cutoffs {

    static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");
    static final DateTimeFormatter INPUT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private Cutoffs() {
    }

    /** The API's {@code cutoff}: an ISO-8601 instant, now when absent. */
    static Instant api(String cutoff, Clock clock) {
        if (cutoff == null || cutoff.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(cutoff);
        } catch (DateTimeParseException e) {
            throw new ApiProblem("CORTE_INVALIDO", 400,
                    "El corte debe ser un instante ISO-8601, por ejemplo 2023-01-20T06:07:00Z.");
        }
    }

    /** A page's {@code corte} (a datetime-local field); now, to the instant, when absent; empty when unreadable. */
    static Optional<Instant> page(String corte, Clock clock) {
        try {
            return Optional.of(corte == null || corte.isBlank()
                    ? clock.instant()
                    : LocalDateTime.parse(corte, INPUT).atZone(CaptureProcess.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The cut-off as the form's field shows it, to the minute. */
    static String input(Instant cutoff) {
        return INPUT.format(local(cutoff));
    }

    /** The cut-off as the seed's captions show it, e.g. "20/01/2023 12:48 hrs.". */
    static String text(Instant cutoff) {
        return TEXT.format(local(cutoff));
    }

    private static LocalDateTime local(Instant cutoff) {
        return LocalDateTime.ofInstant(cutoff, CaptureProcess.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }
}
