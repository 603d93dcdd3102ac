package mx.captacion.roll.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import mx.captacion.platform.ApiProblem;
import mx.captacion.roll.RollFile;

/** /padron: INE staff upload a lista nominal extract and follow its import, which refreshes while one runs. */
@Controller
class RollImportsPage {

    static final DateTimeFormatter INSTANT_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("America/Mexico_City"));

    private final RollImport importing;
    private final RollImportJobs jobs;

    RollImportsPage(RollImport importing, RollImportJobs jobs) {
        this.importing = importing;
        this.jobs = jobs;
    }

    @GetMapping("/padron")
    String list(Model model) {
        List<RollImportJob> recent = jobs.recent(50);
        model.addAttribute("imports", recent);
        model.addAttribute("running", recent.stream().anyMatch(j -> j.status() == RollImportStatus.EN_CURSO));
        model.addAttribute("header", RollFile.HEADER);
        model.addAttribute("statuses", RollFile.STATUSES);
        model.addAttribute("format", INSTANT_TEXT);
        return "roll/imports";
    }

    @PostMapping("/padron")
    String upload(@RequestParam("archivo") MultipartFile file, Principal user, RedirectAttributes redirect)
            throws IOException {
        try {
            RollImportJob job = startUpload(importing, file, user);
            notice(redirect, "roll.started", String.valueOf(job.id()), job.fileName());
        } catch (ApiProblem refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/padron";
    }

    @PostMapping("/padron/{id}/reanudar")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        notice(redirect, importing.resume(id) ? "roll.resumed" : "roll.notResumed", String.valueOf(id));
        return "redirect:/padron";
    }

    @GetMapping("/padron/{id}/errores.csv")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        var job = jobs.find(id);
        if (job.isEmpty()) {
            response.sendError(404);
            return;
        }
        writeErrors(jobs, job.get(), response);
    }

    /** A message of the bundle with its arguments; refusals of the import arrive as Spanish text ("error"). */
    private static void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgs", args);
    }

    /** Shared with the API: an empty upload is refused like a file without the header. */
    static RollImportJob startUpload(RollImport importing, MultipartFile file, Principal user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw RollRejection.ARCHIVO_VACIO.problem();
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "padron.csv" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return importing.startUpload(content, name, user.getName());
        }
    }

    static void writeErrors(RollImportJobs jobs, RollImportJob job, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"errores-importacion-" + job.id() + ".csv\"");
        jobs.writeErrorsCsv(job.id(), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
