package mx.captacion.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.ui.Model;

/**
 * The cut-off a report is computed at, as every report reads it: an ISO-8601 instant in the API,
 * a date and time of central Mexico in the portal (as the INE publishes its cut-offs); without
 * one, the current instant.
 */
public final class Cutoffs {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private Cutoffs() {
    }

    /** The API's {@code cutoff} parameter; refused with {@code CORTE_INVALIDO} (400) when malformed. */
    public static Instant fromApi(String cutoff, Clock clock) {
        if (cutoff == null || cutoff.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(cutoff);
        } catch (DateTimeParseException e) {
            throw PlatformRejection.CORTE_INVALIDO.problem();
        }
    }

    /**
     * The portal's {@code corte} field where a page cannot show its form again: refused with
     * {@code CORTE_INVALIDO} (400) when malformed (a hand-typed address; the field never sends one).
     */
    public static Instant fromPortalOrRefuse(String corte, Clock clock) {
        return fromPortal(corte, clock).orElseThrow(() ->
                PlatformRejection.CORTE_INVALIDO.problemSaying("portal"));
    }

    /**
     * The portal's {@code corte} field on a page that shows its form again: on the model, the
     * field's value ({@code corte}) and the captions' text ({@code cutoffText}), or, when malformed,
     * the page's {@code error} and no cut-off (the page then shows the form and the message only).
     */
    public static Optional<Instant> onPage(String corte, Clock clock, Model model) {
        Optional<Instant> cutoff = fromPortal(corte, clock);
        if (cutoff.isEmpty()) {
            model.addAttribute("error", PlatformRejection.CORTE_INVALIDO.problemSaying("portal").getMessage());
        } else {
            model.addAttribute("corte", toInput(cutoff.get()));
            model.addAttribute("cutoffText", toText(cutoff.get()));
        }
        return cutoff;
    }

    /** The portal's {@code corte} field (a datetime-local value); empty when malformed. */
    public static Optional<Instant> fromPortal(String corte, Clock clock) {
        if (corte == null || corte.isBlank()) {
            return Optional.of(clock.instant());
        }
        try {
            return Optional.of(LocalDateTime.parse(corte, INPUT).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The value of the portal's datetime-local field, to the minute. */
    public static String toInput(Instant cutoff) {
        return INPUT.format(local(cutoff));
    }

    /** As reports caption it, e.g. 20/01/2023 12:00 hrs. */
    public static String toText(Instant cutoff) {
        return TEXT.format(local(cutoff));
    }

    private static LocalDateTime local(Instant cutoff) {
        return LocalDateTime.ofInstant(cutoff, ZONE).truncatedTo(ChronoUnit.MINUTES);
    }
}
