package mx.captacion.actors.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.actors.ActorsPerDayReport;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.CreatingCaptureProcess;
import mx.captacion.actors.NewActor;
import mx.captacion.actors.NewCaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.actors.ProcessKind;
import mx.captacion.actors.RegisteringActor;
import mx.captacion.actors.ReviewMode;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PlatformRejection;

/** The portal pages where INE staff create capture processes and register actors in them. */
@Controller
class ProcessesPage {

    private final CreatingCaptureProcess creating;
    private final RegisteringActor registering;
    private final ActorsPerDayReport actorsPerDay;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final MessageSource messages;
    private final Clock clock;

    ProcessesPage(CreatingCaptureProcess creating, RegisteringActor registering, ActorsPerDayReport actorsPerDay,
                  CaptureProcesses processes, PoliticalActors actors, MessageSource messages, Clock clock) {
        this.creating = creating;
        this.registering = registering;
        this.actorsPerDay = actorsPerDay;
        this.processes = processes;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/procesos")
    String list(Model model) {
        return listPage(model, new NewCaptureProcess(null, null, ProcessKind.APN_RESTO_DEL_PAIS, null, null, null, null,
                ReviewMode.COMPLETA, null, null, null));
    }

    @PostMapping("/procesos")
    String create(@ModelAttribute("form") NewCaptureProcess form, BindingResult binding, Model model,
                  RedirectAttributes redirect, Locale locale) {
        try {
            requireReadable(binding, NewCaptureProcess.FIELD_NAMES);
            CaptureProcess created = creating.create(form);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("actors.proceso.creado", new Object[] {created.getCode()}, locale));
            return "redirect:/procesos/" + created.getCode();
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            return listPage(model, form);
        }
    }

    @GetMapping("/procesos/{code}")
    String process(@PathVariable String code, Model model) {
        return processPage(code, model, new NewActor(null, null, null));
    }

    @PostMapping("/procesos/{code}/actores")
    String register(@PathVariable String code, @ModelAttribute("form") NewActor form, BindingResult binding,
                    Model model, RedirectAttributes redirect, Locale locale) {
        try {
            requireReadable(binding, NewActor.FIELD_NAMES);
            PoliticalActor actor = registering.register(code, form);
            redirect.addFlashAttribute("notice", messages.getMessage("actors.actor.registrado", new Object[] {
                    actor.getName(), actor.getFolio().value(), actor.getRepresentativeUser(),
                    actor.getRepresentativeEmail()}, locale));
            return "redirect:/procesos/" + code;
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            return processPage(code, model, form);
        }
    }

    @GetMapping("/procesos/{code}/actores-por-dia")
    String actorsPerDay(@PathVariable String code, @RequestParam(required = false) String corte, Model model) {
        model.addAttribute("process", ProcessView.of(find(code)));
        Cutoffs.onPage(corte, clock, model)
                .ifPresent(cutoff -> model.addAttribute("report", actorsPerDay.of(code, cutoff).orElseThrow()));
        return "actors/actors-per-day";
    }

    private String listPage(Model model, NewCaptureProcess form) {
        model.addAttribute("processes", processes.findAllByOrderByPeriodStartDescCodeAsc().stream()
                .map(ProcessView::of).toList());
        model.addAttribute("kinds", ProcessKind.values());
        model.addAttribute("reviewModes", ReviewMode.values());
        model.addAttribute("form", form);
        return "actors/processes";
    }

    private String processPage(String code, Model model, NewActor form) {
        model.addAttribute("process", ProcessView.of(find(code)));
        model.addAttribute("actors", actors.findByProcessCode(code).stream().map(ActorView::of).toList());
        model.addAttribute("form", form);
        return "actors/process";
    }

    private CaptureProcess find(String code) {
        return processes.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No existe el proceso de captación '" + code + "'."));
    }

    /** A field the browser sent but could not be read (a number or date the input let through). */
    private static void requireReadable(BindingResult binding, Map<String, String> fieldNames) {
        if (binding.hasFieldErrors()) {
            String field = binding.getFieldErrors().get(0).getField();
            throw PlatformRejection.FORMATO_INVALIDO.problem(fieldNames.getOrDefault(field, field));
        }
    }
}
