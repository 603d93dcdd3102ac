package mx.captacion.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActors;

/** The portal page of the progress report: seed tables 6 and 7 at a cut-off in central Mexico time. */
@Controller
class ProgressPage {

    static final DateTimeFormatter CUTOFF_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final ProgressReport report;
    private final PoliticalActors actors;
    private final MessageSource messages;
    private final Clock clock;

    ProgressPage(ProgressReport report, PoliticalActors actors, MessageSource messages, Clock clock) {
        this.report = report;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/avance")
    String progress(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                    Model model) {
        List<ActorSummary> all = ActorSummary.all(actors);
        model.addAttribute("actors", all);
        String chosen = folio != null ? folio : all.isEmpty() ? null : all.get(0).folio();
        model.addAttribute("folio", chosen);
        Instant cutoff;
        try {
            // without a cut-off the report is "now", to the instant; the form shows it to the minute
            cutoff = corte == null || corte.isBlank()
                    ? clock.instant()
                    : LocalDateTime.parse(corte, INPUT).atZone(CaptureProcess.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            model.addAttribute("error", message("progress.badCutoff"));
            return "reports/progress";
        }
        LocalDateTime local = LocalDateTime.ofInstant(cutoff, CaptureProcess.ZONE).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("corte", INPUT.format(local));
        if (chosen != null) {
            report.of(chosen, cutoff).ifPresentOrElse(progress -> {
                model.addAttribute("progress", progress);
                model.addAttribute("cutoffText", CUTOFF_TEXT.format(local));
            }, () -> model.addAttribute("error", message("progress.unknownActor")));
        }
        return "reports/progress";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
