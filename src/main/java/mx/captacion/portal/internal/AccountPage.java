package mx.captacion.portal.internal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.ChangingPassword;

/** Where any signed-in user changes their password. */
@Controller
class AccountPage {

    private final ChangingPassword changing;

    AccountPage(ChangingPassword changing) {
        this.changing = changing;
    }

    @GetMapping("/cuenta/contrasena")
    String form(Model model) {
        model.addAttribute("minLength", ChangingPassword.MIN_LENGTH);
        return "portal/password";
    }

    @PostMapping("/cuenta/contrasena")
    String change(Principal user, @RequestParam(required = false) String actual,
                  @RequestParam(required = false) String nueva, @RequestParam(required = false) String confirmacion,
                  Model model, RedirectAttributes redirect) {
        try {
            changing.change(user.getName(), actual, nueva, confirmacion);
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            return form(model);
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/cuenta/contrasena";
    }
}
