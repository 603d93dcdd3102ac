package mx.captacion.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;

@Controller
class PortalController {

    private final PoliticalActors actors;

    PortalController(PoliticalActors actors) {
        this.actors = actors;
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("actors", ActorSummary.all(actors));
        return "portal/home";
    }
}
