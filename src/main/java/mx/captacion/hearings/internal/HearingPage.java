package mx.captacion.hearings.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PortalPage;

/**
 * The representative's garantía de audiencia page, and INE staff's button that opens a process's
 * hearing. A refusal shows on the page with the same message the API answers.
 */
@Controller
@PortalPage
class HearingPage {

    private final OpeningHearing opening;
    private final ContestingRecords contesting;
    private final ReadingHearing reading;
    private final ActorAccess access;
    private final AccessLog accessLog;
    private final MessageSource messages;

    HearingPage(OpeningHearing opening, ContestingRecords contesting, ReadingHearing reading, ActorAccess access,
               AccessLog accessLog, MessageSource messages) {
        this.opening = opening;
        this.contesting = contesting;
        this.reading = reading;
        this.access = access;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** A refusal for records still at the compulsa comes back with the choice to open it anyway ({@code forzar}). */
    @PostMapping("/procesos/{code}/audiencia")
    String open(@PathVariable String code, @RequestParam(required = false) Integer dias,
                @RequestParam(defaultValue = "false") boolean forzar, Principal user, RedirectAttributes redirect) {
        try {
            Hearing hearing = opening.open(code, dias, forzar, user.getName());
            redirect.addFlashAttribute("notice", message("hearing.opened", Cutoffs.toText(hearing.getDeadline())));
        } catch (ApiProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("compulsaPendiente", problem.rejection() == HearingRejection.COMPULSA_PENDIENTE);
        }
        return "redirect:/procesos/" + code;
    }

    @GetMapping("/organizacion/audiencia")
    String page(@RequestParam(defaultValue = "0") int pagina, Model model) {
        return view(access.current(), pagina, model);
    }

    @PostMapping("/organizacion/audiencia/impugnaciones")
    String contest(@RequestParam(name = "registro", required = false) List<UUID> registros,
                   @RequestParam(name = "uno", required = false) UUID uno,
                   @RequestParam(name = "argumento", required = false) String argumento,
                   Principal user, Model model, RedirectAttributes redirect) {
        PoliticalActor actor = access.current();
        try {
            // a row's own button contests that record alone, whatever else is ticked
            List<UUID> chosen = uno != null ? List.of(uno) : registros;
            int count = contesting.contest(actor, chosen, argumento, user.getName()).size();
            redirect.addFlashAttribute("notice",
                    count == 1 ? message("hearing.contested.one") : message("hearing.contested", count));
            return "redirect:/organizacion/audiencia";
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("argumento", argumento);
            return view(actor, 0, model);
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String view(PoliticalActor actor, int page, Model model) {
        model.addAttribute("actor", actor);
        HearingView.Page view = reading.of(actor, page);
        accessLog.viewedRecords(Viewed.HEARING_RECORDS, view.records().stream().map(HearingView.JudgedRecord::id).toList(),
                actor.getFolio().value());
        model.addAttribute("view", view);
        // the form only while the window is open and there is something to contest
        model.addAttribute("contestable", view.hearing() != null && view.hearing().open() && !view.records().isEmpty());
        model.addAttribute("contests", reading.contests(actor));
        model.addAttribute("minArgument", ContestingRecords.MIN_ARGUMENT);
        return "hearings/audiencia";
    }
}
