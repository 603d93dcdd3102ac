package mx.captacion.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.captacion.actors.ActorRejection;
import mx.captacion.platform.Cutoffs;
import mx.captacion.reports.AuxiliarReport;
import mx.captacion.reports.AuxiliarReports;
import mx.captacion.reports.Progress;
import mx.captacion.reports.ProgressReport;
import mx.captacion.reports.Threshold;
import mx.captacion.reports.ThresholdReport;

@RestController
class ProgressApi {

    private final ProgressReport report;
    private final AuxiliarReports auxiliares;
    private final AuxiliarQualityReport quality;
    private final ThresholdReport threshold;
    private final Clock clock;

    ProgressApi(ProgressReport report, AuxiliarReports auxiliares, AuxiliarQualityReport quality,
                ThresholdReport threshold, Clock clock) {
        this.report = report;
        this.auxiliares = auxiliares;
        this.quality = quality;
        this.threshold = threshold;
        this.clock = clock;
    }

    @Operation(summary = "Reporte de avance preliminar de un actor político a un corte (tablas 6 y 7 de la nota)")
    @GetMapping("/api/v1/actors/{folio}/progress")
    Progress progress(@PathVariable String folio,
                      @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                              example = "2023-01-20T06:07:00Z")
                      @RequestParam(required = false) String cutoff) {
        return asOf(report::of, folio, cutoff);
    }

    @Operation(summary = "Auxiliares de un actor político a un corte: por fecha de registro y estado, y bajas por causa (tablas 4 y 5 de la nota)")
    @GetMapping("/api/v1/actors/{folio}/auxiliares-report")
    AuxiliarReport auxiliares(@PathVariable String folio,
                              @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                      example = "2023-01-20T18:48:00Z")
                              @RequestParam(required = false) String cutoff) {
        return asOf(auxiliares::of, folio, cutoff);
    }

    @Operation(summary = "Calidad de captura por auxiliar a un corte: inconsistencias, duplicados y capturas demasiado rápidas")
    @GetMapping("/api/v1/actors/{folio}/auxiliares-quality")
    AuxiliarQuality quality(@PathVariable String folio,
                            @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                    example = "2023-01-20T18:48:00Z")
                            @RequestParam(required = false) String cutoff) {
        return asOf(quality::of, folio, cutoff);
    }

    @Operation(summary = "Avance contra el requisito del proceso a un corte: registros válidos en total y por entidad")
    @GetMapping("/api/v1/actors/{folio}/threshold")
    Threshold threshold(@PathVariable String folio,
                        @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                example = "2023-01-20T18:48:00Z")
                        @RequestParam(required = false) String cutoff) {
        return asOf(threshold::of, folio, cutoff);
    }

    /** One actor's report at the API's cut-off; an unknown folio answers 404. */
    private <T> T asOf(BiFunction<String, Instant, Optional<T>> report, String folio, String cutoff) {
        return report.apply(folio, Cutoffs.fromApi(cutoff, clock))
                .orElseThrow(() -> ActorRejection.ACTOR_DESCONOCIDO.problem(folio));
    }
}
