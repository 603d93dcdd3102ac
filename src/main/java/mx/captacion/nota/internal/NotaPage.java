package mx.captacion.nota.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PortalPage;

/** The nota informativa for INE staff: any actor, any cut-off (central Mexico time), and its PDF. */
@Controller
@PortalPage
class NotaPage {

    private final PreparingNota preparing;
    private final NotaPdf pdf;
    private final PoliticalActors actors;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessLog accessLog;

    NotaPage(PreparingNota preparing, NotaPdf pdf, PoliticalActors actors, MessageSource messages, Clock clock,
             AccessLog accessLog) {
        this.preparing = preparing;
        this.pdf = pdf;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping("/avance/nota")
    String page(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                Model model) {
        List<ActorSummary> all = ActorSummary.all(actors);
        model.addAttribute("actors", all);
        String chosen = folio != null ? folio : all.isEmpty() ? null : all.get(0).folio();
        model.addAttribute("folio", chosen);
        Optional<Instant> cutoff = Cutoffs.onPage(corte, clock, model);
        if (cutoff.isEmpty()) {
            return "nota/page";
        }
        if (chosen != null) {
            preparing.of(chosen, cutoff.get()).ifPresentOrElse(nota -> {
                        // table 10 names the people the help desk attended for the actor
                        accessLog.viewed(Viewed.BRIEFING_NOTE, chosen);
                        model.addAttribute("nota", nota);
                    },
                    () -> model.addAttribute("error", message("nota.unknownActor")));
        }
        return "nota/page";
    }

    @GetMapping("/avance/nota.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String folio, @RequestParam(required = false) String corte) {
        Instant cutoff = Cutoffs.fromPortalOrRefuse(corte, clock);
        NotaInformativa nota = preparing.of(folio, cutoff)
                .orElseThrow(() -> NotaRejection.ACTOR_DESCONOCIDO.problem());
        accessLog.viewed(Viewed.BRIEFING_NOTE, folio);
        return NotaApi.asPdf(nota, pdf.render(nota));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
