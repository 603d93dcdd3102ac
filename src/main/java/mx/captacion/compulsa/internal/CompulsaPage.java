package mx.captacion.compulsa.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.platform.ApiProblem;

/** /compulsa: INE staff follow the batches and the answers that changed nothing, and send a batch now. */
@Controller
class CompulsaPage {

    static final DateTimeFormatter INSTANT_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("America/Mexico_City"));

    private final CompulsaBatches batches;
    private final CompulsaProblems problems;
    private final SendingCompulsa sending;

    CompulsaPage(CompulsaBatches batches, CompulsaProblems problems, SendingCompulsa sending) {
        this.batches = batches;
        this.problems = problems;
        this.sending = sending;
    }

    @GetMapping("/compulsa")
    String show(Model model) {
        model.addAttribute("batches", batches.recent(50));
        model.addAttribute("overdue", batches.overdue());
        model.addAttribute("answerDue", CompulsaBatches.inWords(batches.answerDue()));
        model.addAttribute("problems", problems.recent(100));
        model.addAttribute("waiting", batches.waiting());
        model.addAttribute("endpoints", CompulsaEndpoint.values());
        model.addAttribute("defaultEndpoint", batches.defaultEndpoint());
        model.addAttribute("format", INSTANT_TEXT);
        return "compulsa/compulsa";
    }

    @PostMapping("/compulsa/lotes")
    String send(@RequestParam(name = "proceso", required = false) String process,
                @RequestParam(name = "destino", required = false) String endpoint, RedirectAttributes redirect) {
        try {
            var sent = sending.sendNow(process, CompulsaEndpoint.byRouteName(endpoint).orElse(null));
            if (sent.isPresent()) {
                // ids as text: a number argument would be written «1,234»
                notice(redirect, "compulsa.sent", String.valueOf(sent.get().id()), sent.get().requests().size(),
                        sent.get().endpoint().label());
            } else {
                notice(redirect, "compulsa.nothingToSend");
            }
        } catch (ApiProblem refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/compulsa";
    }

    @PostMapping("/compulsa/lotes/{id}/liberar")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        try {
            notice(redirect, "compulsa.released", batches.release(id), String.valueOf(id));
        } catch (ApiProblem refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/compulsa";
    }

    private static void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgs", args);
    }
}
