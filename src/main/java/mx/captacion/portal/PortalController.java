package mx.captacion.portal;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Roles;

@Controller
class PortalController {

    private final PoliticalActors actors;

    PortalController(PoliticalActors actors) {
        this.actors = actors;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        // why the last attempt failed: a locked account is told so, and until when
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException locked) {
            model.addAttribute("locked", locked.getMessage());
        }
        return "portal/login";
    }

    @GetMapping("/")
    String home(Model model, Authentication user) {
        if (user.getAuthorities().stream().anyMatch(a -> Roles.REPRESENTANTE.equals(a.getAuthority()))) {
            return "redirect:/organizacion"; // a representative's whole portal lives there
        }
        model.addAttribute("actors", ActorSummary.all(actors));
        return "portal/home";
    }
}
