package mx.captacion.retention.internal;

import java.security.Principal;
import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.PortalPage;
import mx.captacion.retention.HoldingPurge;

/** /retencion: INE staff see each process's retention and what was purged, and hold or release a purge. */
@Controller
@PortalPage
class RetentionPage {

    private static final int LOG_ENTRIES = 50;

    private final ReadingRetention reading;
    private final HoldingPurge holding;
    private final Clock clock;

    RetentionPage(ReadingRetention reading, HoldingPurge holding, Clock clock) {
        this.reading = reading;
        this.holding = holding;
        this.clock = clock;
    }

    @GetMapping("/retencion")
    String page(Model model) {
        model.addAttribute("processes", reading.processes(clock.instant()));
        model.addAttribute("purges", reading.purges(LOG_ENTRIES));
        model.addAttribute("maxReason", HoldingPurge.MAX_REASON);
        return "retention/retencion";
    }

    @PostMapping("/retencion/{code}/suspension")
    String hold(@PathVariable String code, @RequestParam(required = false) String motivo, Principal user,
                RedirectAttributes redirect) {
        return act(redirect, "retention.held", code, () -> holding.place(code, user.getName(), motivo));
    }

    @PostMapping("/retencion/{code}/suspension/levantar")
    String release(@PathVariable String code, Principal user, RedirectAttributes redirect) {
        return act(redirect, "retention.released", code, () -> holding.release(code, user.getName()));
    }

    @PostMapping("/retencion/{code}/plazo")
    String period(@PathVariable String code, @RequestParam(required = false) String plazo, Principal user,
                  RedirectAttributes redirect) {
        return act(redirect, "retention.periodSet", code, () -> holding.setPeriod(code, plazo, user.getName()));
    }

    private static String act(RedirectAttributes redirect, String notice, String code, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeProcess", code);
        } catch (ApiProblem refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/retencion";
    }
}
