package mx.captacion.miapoyo.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.identity.Entidad;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.ImageLimits;
import mx.captacion.records.MiApoyoChecks;

/**
 * The citizen's pages, no login: the form that sends a record (its script posts to the mobile
 * API, as the app does) and the look-up by receipt code.
 */
@Controller
class MiApoyoPage {

    /** An actor a citizen may support today, under its process. */
    record Choice(String folio, String actor, String processCode) {
    }

    private final PoliticalActors actors;
    private final LookingUpReceipt lookingUp;
    private final Clock clock;
    private final Map<String, Integer> imageLimits;

    MiApoyoPage(PoliticalActors actors, LookingUpReceipt lookingUp, Clock clock, ImageLimits images) {
        this.actors = actors;
        this.lookingUp = lookingUp;
        this.clock = clock;
        this.imageLimits = Map.of("maxBytes", images.maxBytes(), "minWidth", images.minWidth(),
                "minHeight", images.minHeight());
    }

    @GetMapping("/mi-apoyo")
    String form(Model model) {
        Instant now = clock.instant();
        Map<String, List<Choice>> byProcess = new LinkedHashMap<>();
        for (PoliticalActor actor : actors.findAllByOrderByFolioAsc()) {
            if (actor.getProcess().isWithinPeriod(now)) {
                byProcess.computeIfAbsent(actor.getProcess().getName(), name -> new ArrayList<>())
                        .add(new Choice(actor.getFolio().value(), actor.getName(), actor.getProcess().getCode()));
            }
        }
        model.addAttribute("choices", byProcess);
        model.addAttribute("entidades", Entidad.values());
        model.addAttribute("limits", imageLimits);
        // the reception's own rules, so the page refuses before sending what the server would refuse
        model.addAttribute("clavePattern", MiApoyoChecks.claveElectorPattern());
        model.addAttribute("curpPattern", MiApoyoChecks.curpPattern());
        model.addAttribute("firstVigencia", MiApoyoChecks.firstCurrentVigencia(now));
        model.addAttribute("checks", MiApoyoChecks.pageMessages(now));
        return "miapoyo/form";
    }

    @GetMapping("/mi-apoyo/consulta")
    String lookupForm() {
        return "miapoyo/lookup";
    }

    @PostMapping("/mi-apoyo/consulta")
    String lookUp(@RequestParam(name = "codigo", defaultValue = "") String code,
                  @RequestParam(name = "verificacion", defaultValue = "") String verification,
                  HttpServletRequest request, Model model) {
        model.addAttribute("codigo", code);
        try {
            model.addAttribute("result", lookingUp.lookUp(code, verification, request.getRemoteAddr()));
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
        }
        return "miapoyo/lookup";
    }
}
