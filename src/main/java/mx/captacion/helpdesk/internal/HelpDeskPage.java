package mx.captacion.helpdesk.internal;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorRejection;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.HelpDeskReports;
import mx.captacion.helpdesk.HelpDeskWork;
import mx.captacion.helpdesk.SearchingCases;
import mx.captacion.helpdesk.TicketType;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PortalPage;

/**
 * The help desk's pages: the staff's list, a ticket, the call form, the name search's evidence
 * and the reports; the representative's own tickets under /organizacion.
 */
@Controller
@PortalPage
class HelpDeskPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final Tickets tickets;
    private final AttendingTicket attending;
    private final RecordingCall recordingCall;
    private final PortalTickets portal;
    private final SearchingCases searching;
    private final HelpDeskReports reports;
    private final PoliticalActors actors;
    private final java.time.Clock clock;
    private final AccessLog accessLog;
    private final HelpDeskWork work;
    private final MessageSource messages;

    HelpDeskPage(Tickets tickets, AttendingTicket attending, RecordingCall recordingCall, PortalTickets portal, SearchingCases searching,
                 HelpDeskReports reports, PoliticalActors actors, java.time.Clock clock, AccessLog accessLog, HelpDeskWork work,
                 MessageSource messages) {
        this.tickets = tickets;
        this.attending = attending;
        this.recordingCall = recordingCall;
        this.portal = portal;
        this.searching = searching;
        this.reports = reports;
        this.actors = actors;
        this.clock = clock;
        this.accessLog = accessLog;
        this.work = work;
        this.messages = messages;
    }

    // --- INE staff: MATO, INETEL, soporte técnico -------------------------------------------

    @GetMapping("/mesa-ayuda")
    String list(Model model) {
        model.addAttribute("tickets", tickets.findTop200ByOrderByOpenedAtDesc());
        model.addAttribute("types", TicketType.values());
        return "helpdesk/list";
    }

    @GetMapping("/mesa-ayuda/reportes/{id}")
    String ticket(@PathVariable long id, Model model) {
        Ticket ticket = attending.withConversation(id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("messages", ticket.getMessages());
        model.addAttribute("history", ticket.getHistory());
        model.addAttribute("actor", ticket.getActorId() == null ? null : actors.findById(ticket.getActorId()).orElse(null));
        model.addAttribute("staff", true);
        model.addAttribute("openTask", work.openTaskOf(id).orElse(null));
        // the requester's name, address and words: staff's view is logged (a representative's own ticket is not)
        accessLog.viewed(Viewed.TICKET, ticket.number());
        return "helpdesk/ticket";
    }

    @GetMapping("/mesa-ayuda/llamadas")
    String callForm(Model model) {
        model.addAttribute("types", TicketType.values());
        return "helpdesk/call";
    }

    @PostMapping("/mesa-ayuda/llamadas")
    String recordCall(@RequestParam(defaultValue = "MATO") HelpDeskLevel nivel, @RequestParam String nombre,
                      @RequestParam(required = false) String telefono, @RequestParam(required = false) String folio,
                      @RequestParam(required = false) String auxiliar,
                      @RequestParam(name = "tipo", required = false) List<TicketType> tipos,
                      @RequestParam(required = false) String otroTipo, @RequestParam String motivo,
                      @RequestParam(required = false) String descripcion, @RequestParam(required = false) String resultado,
                      @RequestParam(defaultValue = "false") boolean resuelta, Principal user, Model model,
                      RedirectAttributes redirect) {
        try {
            Ticket ticket = recordingCall.record(new RecordingCall.Call(nivel, nombre, telefono, folio, auxiliar,
                    tipos, otroTipo, motivo, descripcion, resultado, resuelta), user.getName());
            redirect.addFlashAttribute("notice", text("helpdesk.aviso.llamadaRegistrada", ticket.number()));
            return "redirect:/mesa-ayuda/reportes/" + ticket.getId();
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("types", TicketType.values());
            return "helpdesk/call";
        }
    }

    @GetMapping("/mesa-ayuda/busqueda")
    String search(@RequestParam(required = false) String nombre, Principal user, Model model) {
        if (nombre != null) {
            try {
                SearchingCases.Evidence evidence = searching.byName(nombre, user.getName());
                accessLog.viewed(Viewed.NAME_SEARCH, evidence.query());
                model.addAttribute("evidence", evidence);
            } catch (ApiProblem problem) {
                model.addAttribute("error", problem.getMessage());
            }
        }
        model.addAttribute("nombre", nombre);
        return "helpdesk/search";
    }

    @GetMapping("/mesa-ayuda/informes")
    String reports(@RequestParam(required = false) LocalDate desde, @RequestParam(required = false) LocalDate hasta,
                   @RequestParam(required = false) String corte, @RequestParam(required = false) String folio,
                   Model model) {
        HelpDeskReports.Scope scope = scope(desde, hasta, Cutoffs.fromPortalOrRefuse(corte, clock),
                folio, actors);
        model.addAttribute("scope", scope);
        model.addAttribute("fromGiven", desde != null);
        model.addAttribute("folio", folio);
        model.addAttribute("cutoffText", Cutoffs.toText(scope.cutoff()));
        model.addAttribute("byType", reports.byTypeAndChannel(scope));
        model.addAttribute("detail", reports.detail(scope));
        model.addAttribute("times", reports.times(scope));
        return "helpdesk/reports";
    }

    /** The report's scope from the request: the whole history up to now unless narrowed. */
    static HelpDeskReports.Scope scope(LocalDate from, LocalDate to, Instant at, String folio, PoliticalActors actors) {
        Long actorId = null;
        if (folio != null && !folio.isBlank()) {
            actorId = actors.findByFolio(folio.strip()).map(PoliticalActor::getId)
                    .orElseThrow(() -> ActorRejection.ACTOR_DESCONOCIDO.problem(folio.strip()));
        }
        LocalDate until = Optional.ofNullable(to).orElse(LocalDate.ofInstant(at, Cutoffs.ZONE));
        if (from != null && from.isAfter(until)) {
            throw HelpDeskRejection.PERIODO_INVALIDO.problem(DAY.format(from), DAY.format(until));
        }
        return new HelpDeskReports.Scope(Optional.ofNullable(from).orElse(LocalDate.of(2000, 1, 1)), until, at, actorId);
    }

    // --- the representative's own tickets -----------------------------------------------

    @GetMapping("/organizacion/mesa-ayuda")
    String mine(Model model) {
        model.addAttribute("tickets", portal.mine());
        return "helpdesk/mine";
    }

    @PostMapping("/organizacion/mesa-ayuda")
    String open(@RequestParam(required = false) String asunto, @RequestParam(required = false) String mensaje,
                Principal user, Model model, RedirectAttributes redirect) {
        try {
            Ticket ticket = portal.open(asunto, mensaje, user.getName());
            redirect.addFlashAttribute("notice", text("helpdesk.aviso.reporteRecibido", ticket.number()));
            return "redirect:/organizacion/mesa-ayuda/" + ticket.getId();
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("asunto", asunto);
            model.addAttribute("mensaje", mensaje);
            return mine(model);
        }
    }

    @GetMapping("/organizacion/mesa-ayuda/{id}")
    String own(@PathVariable long id, Model model) {
        Ticket ticket = portal.own(id);
        model.addAttribute("ticket", ticket);
        // internal notes (soporte técnico) are the help desk's own
        model.addAttribute("messages", ticket.getMessages().stream()
                .filter(m -> m.getKind() != TicketMessage.Kind.NOTA).toList());
        model.addAttribute("history", ticket.getHistory());
        model.addAttribute("staff", false);
        return "helpdesk/ticket";
    }

    @PostMapping("/organizacion/mesa-ayuda/{id}/mensajes")
    String reply(@PathVariable long id, @RequestParam(required = false) String mensaje, Principal user,
                 RedirectAttributes redirect) {
        try {
            TicketConversation.Appended appended = portal.reply(id, mensaje, user.getName());
            redirect.addFlashAttribute(appended == TicketConversation.Appended.CLOSED ? "error" : "notice",
                    text(switch (appended) {
                        case ADDED -> "helpdesk.aviso.mensajeAgregado";
                        case REOPENED -> "helpdesk.aviso.reporteReabierto";
                        case CLOSED -> "helpdesk.aviso.reporteCerrado";
                    }));
        } catch (ApiProblem problem) {
            if (problem.httpStatus() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/organizacion/mesa-ayuda/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
