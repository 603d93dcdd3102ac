package mx.captacion.portal.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.platform.PortalPage;

/** The representative's start page: its actor, its auxiliares by status, and where to go next. */
@Controller
@PortalPage
class OrganizationDashboard {

    private final ActorAccess access;
    private final AuxiliarRegistry auxiliares;

    OrganizationDashboard(ActorAccess access, AuxiliarRegistry auxiliares) {
        this.access = access;
        this.auxiliares = auxiliares;
    }

    @GetMapping("/organizacion")
    String dashboard(Model model) {
        PoliticalActor actor = access.current();
        model.addAttribute("actor", actor);
        model.addAttribute("process", actor.getProcess());
        model.addAttribute("counts", auxiliares.countByStatus(actor));
        return "portal/organization";
    }
}
