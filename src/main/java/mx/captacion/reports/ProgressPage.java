package mx.captacion.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Cutoffs;

/** The portal page of the progress report: seed tables 6 and 7 at a cut-off in central Mexico time. */
@Controller
class ProgressPage {

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
        Instant cutoff = Cutoffs.fromPortal(corte, clock).orElse(null);
        if (cutoff == null) {
            model.addAttribute("error", message("progress.badCutoff"));
            return "reports/progress";
        }
        model.addAttribute("corte", Cutoffs.toInput(cutoff));
        if (chosen != null) {
            report.of(chosen, cutoff).ifPresentOrElse(progress -> {
                model.addAttribute("progress", progress);
                model.addAttribute("cutoffText", Cutoffs.toText(cutoff));
            }, () -> model.addAttribute("error", message("progress.unknownActor")));
        }
        return "reports/progress";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
