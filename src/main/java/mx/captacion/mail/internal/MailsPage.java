package mx.captacion.mail.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /correos: what the outbox sent, what it still tries, what failed; a failed mail can be queued again. */
@Controller
class MailsPage {

    /** Central Mexico time, like every instant the portal shows. */
    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final DateTimeFormatter INSTANT_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private final MailOutbox outbox;

    MailsPage(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/correos")
    String list(@RequestParam(required = false) String estado, Model model) {
        MailStatus status = parse(estado);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("mails", outbox.recent(status));
        model.addAttribute("format", INSTANT_TEXT);
        return "outbox/list";
    }

    @PostMapping("/correos/{id}/reintentar")
    String retry(@PathVariable long id, @RequestParam(required = false) String estado, RedirectAttributes redirect) {
        boolean requeued = outbox.retry(id);
        redirect.addFlashAttribute(requeued ? "notice" : "error", requeued ? "outbox.retried" : "outbox.notRetried");
        redirect.addAttribute("estado", estado);
        return "redirect:/correos";
    }

    private static MailStatus parse(String estado) {
        if (estado == null || estado.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(estado);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
