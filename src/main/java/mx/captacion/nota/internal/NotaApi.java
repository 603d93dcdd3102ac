package mx.captacion.nota.internal;

import java.time.Clock;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorRejection;
import mx.captacion.platform.Cutoffs;

/** The nota informativa's PDF for unattended use (scripts, other systems); INE staff only. */
@RestController
class NotaApi {

    private final PreparingNota preparing;
    private final NotaPdf pdf;
    private final Clock clock;
    private final AccessLog accessLog;

    NotaApi(PreparingNota preparing, NotaPdf pdf, Clock clock, AccessLog accessLog) {
        this.preparing = preparing;
        this.pdf = pdf;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Nota informativa de un actor político a un corte, en PDF")
    @GetMapping(value = "/api/v1/actors/{folio}/nota-informativa.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> nota(@PathVariable String folio,
                                @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                        example = "2023-01-20T06:07:00Z")
                                @RequestParam(required = false) String cutoff) {
        NotaInformativa nota = preparing.of(folio, Cutoffs.fromApi(cutoff, clock))
                .orElseThrow(() -> ActorRejection.ACTOR_DESCONOCIDO.problem(folio));
        // table 10 names the people the help desk attended for the actor
        accessLog.viewed(Viewed.BRIEFING_NOTE, folio);
        return asPdf(nota, pdf.render(nota));
    }

    static ResponseEntity<byte[]> asPdf(NotaInformativa nota, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(NotaPdf.fileName(nota)).build().toString())
                .body(bytes);
    }
}
