package mx.captacion.retention.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import mx.captacion.retention.HoldingPurge;

/** The retention of personal data for INE staff's programs: each process's, the purge log, holds, own periods. */
@RestController
class RetentionApi {

    private static final int LOG_ENTRIES = 200;

    private final ReadingRetention reading;
    private final HoldingPurge holding;
    private final Clock clock;

    RetentionApi(ReadingRetention reading, HoldingPurge holding, Clock clock) {
        this.reading = reading;
        this.holding = holding;
        this.clock = clock;
    }

    @Operation(summary = "Conservación de datos personales por proceso: desde cuándo cuenta el plazo, cuándo se "
            + "depuran, si aún guarda datos personales y su suspensión vigente")
    @GetMapping("/api/v1/retencion")
    List<ReadingRetention.ProcessRetention> processes() {
        return reading.processes(clock.instant());
    }

    @Operation(summary = "Bitácora de depuraciones (las " + LOG_ENTRIES + " más recientes): proceso, cuándo, quién "
            + "(el temporizador), y cuántos registros, auxiliares, imágenes, variables de Camunda y entradas de la "
            + "bitácora de accesos depuró")
    @GetMapping("/api/v1/retencion/depuraciones")
    List<ReadingRetention.Purge> purges() {
        return reading.purges(LOG_ENTRIES);
    }

    @Schema(description = "Suspensión de la depuración de un proceso en litigio")
    record HoldRequest(@Schema(description = "Motivo (de 10 a 1000 caracteres), p. ej. el expediente",
            example = "Juicio SUP-JDC-123/2027: conservar los registros hasta la sentencia") String motivo) {
    }

    @Operation(summary = "Suspende la depuración del proceso (quién y cuándo se toman de la sesión); 409 "
            + "SUSPENSION_VIGENTE si ya lo está, 400 MOTIVO_REQUERIDO o MOTIVO_DEMASIADO_LARGO, 404 PROCESO_DESCONOCIDO")
    @PostMapping("/api/v1/retencion/{code}/suspension")
    @ResponseStatus(HttpStatus.CREATED)
    ReadingRetention.ProcessRetention hold(@Parameter(description = "Clave del proceso") @PathVariable String code,
                                           @RequestBody HoldRequest request, Principal user) {
        holding.place(code, user.getName(), request.motivo());
        return current(code);
    }

    @Operation(summary = "Levanta la suspensión: la siguiente corrida depura el proceso si su plazo ya venció; "
            + "409 SIN_SUSPENSION si no estaba suspendido, 404 PROCESO_DESCONOCIDO")
    @DeleteMapping("/api/v1/retencion/{code}/suspension")
    ReadingRetention.ProcessRetention release(@PathVariable String code, Principal user) {
        holding.release(code, user.getName());
        return current(code);
    }

    @Schema(description = "Plazo de conservación propio de un proceso")
    record PeriodRequest(@Schema(description = "Periodo ISO-8601 positivo; vacío o nulo para el plazo general",
            example = "P2Y") String plazo) {
    }

    @Operation(summary = "Fija el plazo de conservación propio del proceso (400 PLAZO_INVALIDO, 404 PROCESO_DESCONOCIDO)")
    @PutMapping("/api/v1/retencion/{code}/plazo")
    ReadingRetention.ProcessRetention period(@PathVariable String code, @RequestBody PeriodRequest request,
                                             Principal user) {
        holding.setPeriod(code, request.plazo(), user.getName());
        return current(code);
    }

    private ReadingRetention.ProcessRetention current(String code) {
        return reading.processes(clock.instant()).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
