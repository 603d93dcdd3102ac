package mx.captacion.portal.internal;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.HelpDeskWork;
import mx.captacion.platform.Roles;

@Controller
class PortalController {

    /** The groups whose help-desk tasks a home page lists (INETEL records calls, it has no tasks). */
    private static final Set<String> HELP_DESK_TASK_GROUPS = Set.of(Roles.MATO, Roles.SOPORTE_TECNICO);
    private static final Set<String> HELP_DESK = Set.of(Roles.MATO, Roles.SOPORTE_TECNICO, Roles.INETEL);

    private final PoliticalActors actors;
    private final HelpDeskWork helpDeskWork;

    PortalController(PoliticalActors actors, HelpDeskWork helpDeskWork) {
        this.actors = actors;
        this.helpDeskWork = helpDeskWork;
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
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.stream().anyMatch(HELP_DESK::contains)) {
            // a help-desk agent starts the day from the work waiting, not from a greeting
            model.addAttribute("helpDesk", helpDeskWork.summary(roles.stream().filter(HELP_DESK_TASK_GROUPS::contains).toList()));
        }
        return "portal/home";
    }
}
