package mx.captacion.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.captacion.actors.ActorRejection;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.reports.ReceptionReports;
import mx.captacion.reports.ReceptionRollup;
import mx.captacion.reports.RecordsPerDay;
import mx.captacion.reports.RecordsPerMonth;
import mx.captacion.reports.RecordsPerMonthBy;
import mx.captacion.reports.ReportTable;

/** Reception reports (seed tables 2 and 8) and every report's CSV/XLSX download, for INE staff. */
@RestController
class ReceptionApi {

    private final ReceptionReports reception;
    private final ReceptionRollup rollup;
    private final ReportCatalog catalog;
    private final Clock clock;

    ReceptionApi(ReceptionReports reception, ReceptionRollup rollup, ReportCatalog catalog, Clock clock) {
        this.reception = reception;
        this.rollup = rollup;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Operation(summary = "Cuenta ahora los días terminados de la recepción del proceso (lo hace también cada hora)")
    @PostMapping("/api/v1/processes/{code}/reception-rollup")
    Map<String, Object> refreshRollup(@PathVariable String code) {
        long processId = rollup.processId(code).orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(code));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("proceso", code);
        answer.put("contadoHasta", rollup.refresh(processId).map(Instant::toString).orElse(null));
        return answer;
    }

    @Operation(summary = "Registros recibidos por mes en el proceso, todos los actores, a un corte (tabla 2 y figura 3 de la nota)")
    @GetMapping("/api/v1/processes/{code}/records-per-month")
    RecordsPerMonth perMonth(@PathVariable String code,
                             @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                     example = "2023-01-20T16:30:00Z")
                             @RequestParam(required = false) String cutoff) {
        return reception.perMonth(code, Cutoffs.fromApi(cutoff, clock)).orElseThrow(() -> unknownProcess(code));
    }

    @Operation(summary = "Registros recibidos por mes y entidad de la credencial, a un corte")
    @GetMapping("/api/v1/processes/{code}/records-per-month-by-state")
    RecordsPerMonthBy perMonthByState(@PathVariable String code,
                                      @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora")
                                      @RequestParam(required = false) String cutoff) {
        return reception.perMonthByState(code, Cutoffs.fromApi(cutoff, clock)).orElseThrow(() -> unknownProcess(code));
    }

    @Operation(summary = "Registros recibidos por mes y actor político, a un corte")
    @GetMapping("/api/v1/processes/{code}/records-per-month-by-actor")
    RecordsPerMonthBy perMonthByActor(@PathVariable String code,
                                      @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora")
                                      @RequestParam(required = false) String cutoff) {
        return reception.perMonthByActor(code, Cutoffs.fromApi(cutoff, clock)).orElseThrow(() -> unknownProcess(code));
    }

    @Operation(summary = "Registros recibidos por día de un actor político, a un corte (tabla 8 y figura 9 de la nota)")
    @GetMapping("/api/v1/actors/{folio}/records-per-day")
    RecordsPerDay perDay(@PathVariable String folio,
                         @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                 example = "2023-01-20T06:07:00Z")
                         @RequestParam(required = false) String cutoff) {
        return reception.perDay(folio, Cutoffs.fromApi(cutoff, clock)).orElseThrow(() -> unknownActor(folio));
    }

    @Operation(summary = "Descarga un reporte del proceso en CSV o XLSX: actores-por-dia, recepcion-por-mes, "
            + "recepcion-por-mes-por-entidad, recepcion-por-mes-por-actor")
    @GetMapping("/api/v1/processes/{code}/reports/{report}.{format}")
    ResponseEntity<byte[]> processFile(@PathVariable String code, @PathVariable String report,
                                       @PathVariable String format,
                                       @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora")
                                       @RequestParam(required = false) String cutoff) {
        Instant at = Cutoffs.fromApi(cutoff, clock);
        requireKnown(report, ReportCatalog.PROCESS_REPORTS.contains(report));
        return file(catalog.processReport(report, code, at).orElseThrow(() -> unknownProcess(code)), format);
    }

    @Operation(summary = "Descarga un reporte de un actor político en CSV o XLSX: auxiliares, bajas, avance, "
            + "inconsistencias, recepcion-por-dia, umbral")
    @GetMapping("/api/v1/actors/{folio}/reports/{report}.{format}")
    ResponseEntity<byte[]> actorFile(@PathVariable String folio, @PathVariable String report,
                                     @PathVariable String format,
                                     @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora")
                                     @RequestParam(required = false) String cutoff) {
        Instant at = Cutoffs.fromApi(cutoff, clock);
        requireKnown(report, ReportCatalog.ACTOR_REPORTS.contains(report));
        return file(catalog.actorReport(report, folio, at).orElseThrow(() -> unknownActor(folio)), format);
    }

    /** The table as a download in the format asked for; shared with the portal's download links. */
    static ResponseEntity<byte[]> file(ReportTable table, String format) {
        byte[] content;
        String type;
        switch (format) {
            case "csv" -> {
                content = ReportFiles.csv(table);
                type = ReportFiles.CSV_TYPE;
            }
            case "xlsx" -> {
                content = ReportFiles.xlsx(table);
                type = ReportFiles.XLSX_TYPE;
            }
            default -> throw ReportRejection.FORMATO_DESCONOCIDO.problem(format);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.fileName() + "." + format).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }

    static void requireKnown(String report, boolean known) {
        if (!known) {
            throw ReportRejection.REPORTE_DESCONOCIDO.problem(report);
        }
    }

    private static ApiProblem unknownProcess(String code) {
        return ActorRejection.PROCESO_DESCONOCIDO.problem(code);
    }

    private static ApiProblem unknownActor(String folio) {
        return ActorRejection.ACTOR_DESCONOCIDO.problem(folio);
    }
}
