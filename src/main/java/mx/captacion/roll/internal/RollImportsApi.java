package mx.captacion.roll.internal;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;

/** Lista nominal imports for INE staff (group {@code ine-admin}): start one, follow it, get its error report. */
@RestController
class RollImportsApi {

    /** A file already on the server, inside the roll directory (captacion.roll.directory). */
    record ServerFile(String path) {
    }

    private final RollImport importing;
    private final RollImportJobs jobs;

    RollImportsApi(RollImport importing, RollImportJobs jobs) {
        this.importing = importing;
        this.jobs = jobs;
    }

    @Operation(summary = "Importaciones del padrón, la más reciente primero")
    @GetMapping("/api/v1/roll/imports")
    List<RollImportView> list() {
        return jobs.recent(100).stream().map(RollImportView::of).toList();
    }

    @Operation(summary = "Importa un archivo que ya está en el servidor, en la carpeta del padrón")
    @PostMapping(path = "/api/v1/roll/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RollImportView> importServerFile(@RequestBody ServerFile body, Principal user) {
        var file = importing.serverFile(body.path());
        return accepted(importing.start(file, file.getFileName().toString(), user.getName()));
    }

    @Operation(summary = "Importa un archivo subido (multipart, campo «archivo»)")
    @PostMapping(path = "/api/v1/roll/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RollImportView> importUpload(@RequestPart("archivo") MultipartFile file, Principal user)
            throws IOException {
        return accepted(RollImportsPage.startUpload(importing, file, user));
    }

    @Operation(summary = "Avance de una importación")
    @GetMapping("/api/v1/roll/imports/{id}")
    RollImportView get(@PathVariable long id) {
        return RollImportView.of(job(id));
    }

    @Operation(summary = "Reanuda una importación interrumpida desde su último lote confirmado")
    @PostMapping("/api/v1/roll/imports/{id}/resume")
    ResponseEntity<RollImportView> resume(@PathVariable long id) {
        if (!importing.resume(job(id).id())) {
            throw RollRejection.IMPORTACION_NO_INTERRUMPIDA.problem(id);
        }
        return accepted(job(id));
    }

    @Operation(summary = "Reporte de líneas rechazadas (CSV: linea,codigo,mensaje)")
    @GetMapping("/api/v1/roll/imports/{id}/errors")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        RollImportsPage.writeErrors(jobs, job(id), response);
    }

    private RollImportJob job(long id) {
        return jobs.find(id).orElseThrow(() -> RollRejection.IMPORTACION_DESCONOCIDA.problem(id));
    }

    private static ResponseEntity<RollImportView> accepted(RollImportJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/roll/imports/" + job.id()))
                .body(RollImportView.of(job));
    }
}
