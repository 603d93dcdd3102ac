package mx.captacion.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PortalPage;
import mx.captacion.reports.AuxiliarReports;
import mx.captacion.reports.ProgressReport;
import mx.captacion.reports.ThresholdReport;

/**
 * The report pages at a cut-off in central Mexico time: the progress report (seed tables 6 and 7)
 * the auxiliares' (tables 4 and 5), their capture quality, and the requirement's threshold. INE staff choose any actor under {@code /avance}; a
 * representative sees only its own actor's under {@code /organizacion}, with no actor to choose.
 */
@Controller
@PortalPage
class ProgressPage {

    private final ProgressReport progress;
    private final AuxiliarReports auxiliares;
    private final AuxiliarQualityReport quality;
    private final ThresholdReport threshold;
    private final double attentionPercent;
    private final PoliticalActors actors;
    private final ActorAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ProgressPage(ProgressReport progress, AuxiliarReports auxiliares, AuxiliarQualityReport quality,
                 ThresholdReport threshold, PoliticalActors actors, ActorAccess access, MessageSource messages, Clock clock,
                 QualitySettings settings) {
        this.progress = progress;
        this.auxiliares = auxiliares;
        this.quality = quality;
        this.threshold = threshold;
        this.attentionPercent = settings.attentionPercent();
        this.actors = actors;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/avance")
    String progress(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                    Model model) {
        return anyActor("/avance", folio, corte, progress::of, "reports/progress", model);
    }

    @GetMapping("/avance/auxiliares")
    String auxiliares(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                      Model model) {
        return anyActor("/avance/auxiliares", folio, corte, auxiliares::of, "reports/auxiliares", model);
    }

    @GetMapping("/organizacion/avance")
    String ownProgress(@RequestParam(required = false) String corte, Model model) {
        return ownActor("/organizacion/avance", corte, progress::of, "reports/progress", model);
    }

    @GetMapping("/organizacion/auxiliares/reporte")
    String ownAuxiliares(@RequestParam(required = false) String corte, Model model) {
        return ownActor("/organizacion/auxiliares/reporte", corte, auxiliares::of, "reports/auxiliares", model);
    }

    @GetMapping("/avance/calidad")
    String quality(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                   Model model) {
        model.addAttribute("attentionPercent", attentionPercent);
        return anyActor("/avance/calidad", folio, corte, quality::of, "reports/quality", model);
    }

    @GetMapping("/organizacion/calidad")
    String ownQuality(@RequestParam(required = false) String corte, Model model) {
        model.addAttribute("attentionPercent", attentionPercent);
        return ownActor("/organizacion/calidad", corte, quality::of, "reports/quality", model);
    }

    @GetMapping("/avance/umbral")
    String threshold(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                     Model model) {
        return anyActor("/avance/umbral", folio, corte, threshold::of, "reports/threshold", model);
    }

    @GetMapping("/organizacion/umbral")
    String ownThreshold(@RequestParam(required = false) String corte, Model model) {
        return ownActor("/organizacion/umbral", corte, threshold::of, "reports/threshold", model);
    }

    private String anyActor(String action, String folio, String corte, BiFunction<String, Instant, Optional<?>> report,
                            String view, Model model) {
        List<ActorSummary> all = ActorSummary.all(actors);
        model.addAttribute("actors", all);
        String chosen = folio != null ? folio : all.isEmpty() ? null : all.get(0).folio();
        return show(action, chosen, corte, report, view, model);
    }

    private String ownActor(String action, String corte, BiFunction<String, Instant, Optional<?>> report, String view,
                            Model model) {
        return show(action, access.current().getFolio().value(), corte, report, view, model);
    }

    private String show(String action, String folio, String corte, BiFunction<String, Instant, Optional<?>> report,
                        String view, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("folio", folio);
        Optional<Instant> cutoff = Cutoffs.onPage(corte, clock, model);
        if (cutoff.isEmpty()) {
            return view;
        }
        // the same tables as CSV/XLSX (ReceptionPage serves them), the representative's without a folio
        model.addAttribute("downloads", action.startsWith("/organizacion") ? "/organizacion/descargas/"
                : "/avance/descargas/actores/" + folio + "/");
        if (folio != null) {
            report.apply(folio, cutoff.get()).ifPresentOrElse(found -> model.addAttribute("report", found),
                    () -> model.addAttribute("error", message("progress.unknownActor")));
        }
        return view;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
