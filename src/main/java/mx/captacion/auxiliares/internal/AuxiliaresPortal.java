package mx.captacion.auxiliares.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.NewAuxiliar;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PersonalImages;
import mx.captacion.platform.PortalPage;

/**
 * The representative's auxiliares: list and search, alta one by one or by CSV, detail with its
 * history, baja. Every path resolves the actor and the auxiliar through {@link ActorAccess}.
 */
@Controller
@PortalPage
class AuxiliaresPortal {

    static final int PAGE_SIZE = 20;
    /** The platform speaks only Spanish (spring.web.locale). */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final ActorAccess access;
    private final AuxiliarRegistry registry;
    private final AuxiliarCsvUpload upload;
    private final BlobStore blobs;
    private final AccessLog accessLog;
    private final MessageSource messages;

    AuxiliaresPortal(ActorAccess access, AuxiliarRegistry registry, AuxiliarCsvUpload upload, BlobStore blobs,
                     AccessLog accessLog, MessageSource messages) {
        this.access = access;
        this.registry = registry;
        this.upload = upload;
        this.blobs = blobs;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    @GetMapping("/organizacion/auxiliares")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String estado,
                @RequestParam(defaultValue = "0") int pagina, Model model) {
        PoliticalActor actor = access.current();
        AuxiliarStatus status = Arrays.stream(AuxiliarStatus.values())
                .filter(s -> s.name().equals(estado)).findFirst().orElse(null);
        Page<Auxiliar> page = registry.search(actor, q, status, PageRequest.of(Math.max(pagina, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id"))));
        model.addAttribute("actor", actor);
        model.addAttribute("page", page);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("estado", status == null ? "" : status.name());
        model.addAttribute("statuses", AuxiliarStatus.values());
        return "auxiliares/list";
    }

    @GetMapping("/organizacion/auxiliares/alta")
    String altaForm(Model model) {
        model.addAttribute("actor", access.current());
        return altaView(model, "", "", AuthenticationType.CORREO.name());
    }

    @PostMapping("/organizacion/auxiliares/alta")
    String alta(@RequestParam(defaultValue = "") String nombre, @RequestParam(defaultValue = "") String correo,
                @RequestParam(defaultValue = "") String autenticacion, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        PoliticalActor actor = access.current();
        AuthenticationType type = Arrays.stream(AuthenticationType.values())
                .filter(t -> t.name().equals(autenticacion)).findFirst().orElse(null);
        try {
            Auxiliar auxiliar = registry.alta(actor, new NewAuxiliar(nombre, correo, type));
            redirect.addFlashAttribute("notice", "alta");
            return "redirect:/organizacion/auxiliares/" + auxiliar.getAuxiliarId().value();
        } catch (ApiProblem problem) {
            // the form again, with what was typed and why it was refused
            response.setStatus(problem.httpStatus());
            model.addAttribute("actor", actor);
            model.addAttribute("error", problem.getMessage());
            return altaView(model, nombre, correo, autenticacion);
        }
    }

    private static String altaView(Model model, String nombre, String correo, String autenticacion) {
        model.addAttribute("nombre", nombre);
        model.addAttribute("correo", correo);
        model.addAttribute("autenticacion", autenticacion);
        model.addAttribute("types", AuthenticationType.values());
        return "auxiliares/alta";
    }

    @GetMapping("/organizacion/auxiliares/carga")
    String uploadForm(Model model) {
        model.addAttribute("actor", access.current());
        return uploadView(model);
    }

    @PostMapping("/organizacion/auxiliares/carga")
    String upload(@RequestParam(name = "archivo", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        PoliticalActor actor = access.current();
        model.addAttribute("actor", actor);
        try {
            model.addAttribute("result", upload.upload(actor, file == null ? null : file.getBytes()));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ApiProblem problem) {
            response.setStatus(problem.httpStatus());
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("errorCode", problem.code());
        }
        return uploadView(model);
    }

    private String uploadView(Model model) {
        model.addAttribute("maxKb", upload.maxBytes() / 1024);
        model.addAttribute("maxRows", upload.maxRows());
        return "auxiliares/upload";
    }

    @GetMapping("/organizacion/auxiliares/{auxiliarId}")
    String detail(@PathVariable String auxiliarId, Model model) {
        PoliticalActor actor = access.current();
        Auxiliar auxiliar = owned(actor, auxiliarId);
        model.addAttribute("actor", actor);
        model.addAttribute("auxiliar", auxiliar);
        model.addAttribute("history", registry.history(actor, auxiliarId));
        model.addAttribute("causes", representativeCauses());
        accessLog.viewed(Viewed.AUXILIAR_DETAIL, auxiliarId);
        return "auxiliares/detail";
    }

    /**
     * The baja is definitive, so it takes two posts: the first (the detail page's form) checks the
     * cause and answers a page that names the auxiliar and asks to confirm; only the second, with
     * {@code confirmar=si}, gives the baja. No script needed.
     */
    @PostMapping("/organizacion/auxiliares/{auxiliarId}/baja")
    String baja(@PathVariable String auxiliarId, @RequestParam(defaultValue = "") String causa,
                @RequestParam(required = false) String observaciones, @RequestParam(defaultValue = "") String confirmar,
                Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PoliticalActor actor = access.current();
        Auxiliar auxiliar = owned(actor, auxiliarId);
        BajaCause cause = BajaCause.byCode(causa).orElse(null);
        try {
            if (!"si".equals(confirmar)) {
                AuxiliarRegistry.checkBaja(cause, observaciones, false);
                if (auxiliar.getStatus() == AuxiliarStatus.BAJA) {
                    throw AuxiliarRejection.AUXILIAR_YA_DADO_DE_BAJA.problem(auxiliarId);
                }
                model.addAttribute("auxiliar", auxiliar);
                model.addAttribute("cause", cause);
                model.addAttribute("observaciones", observaciones);
                return "auxiliares/baja";
            }
            registry.baja(actor, auxiliarId, cause, observaciones, user.getName(), false);
        } catch (ApiProblem problem) {
            response.setStatus(problem.httpStatus());
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("observaciones", observaciones);
            return detail(auxiliarId, model);
        }
        redirect.addFlashAttribute("notice", "baja");
        return "redirect:/organizacion/auxiliares/" + auxiliarId;
    }

    /** The credential images the auxiliar's app sent at registration: {@code anverso} or {@code reverso}. */
    @GetMapping("/organizacion/auxiliares/{auxiliarId}/credencial/{side}")
    ResponseEntity<byte[]> credential(@PathVariable String auxiliarId, @PathVariable String side) {
        Auxiliar auxiliar = owned(access.current(), auxiliarId);
        Optional<byte[]> image = auxiliar.credentialHash(side).flatMap(blobs::get);
        return PersonalImages.serve(image, () -> accessLog.viewed(Viewed.AUXILIAR_CREDENTIAL, auxiliarId));
    }

    private Auxiliar owned(PoliticalActor actor, String auxiliarId) {
        return access.own(registry.find(actor, auxiliarId), Auxiliar::getActorId,
                messages.getMessage("auxiliares.elAuxiliar", new Object[] {auxiliarId}, SPANISH));
    }

    /** The causes a representative may choose; the INE review's are the platform's. */
    static List<BajaCause> representativeCauses() {
        return Arrays.stream(BajaCause.values()).filter(cause -> !cause.ineOnly()).toList();
    }
}
