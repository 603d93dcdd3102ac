package mx.captacion.records.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import mx.captacion.records.RecordId;
import mx.captacion.records.TakingInRecords;

/** The intake for operators: what waits, and the records held back after failing, which they may retry. */
@RestController
class IntakeApi {

    private final TakingInRecords intake;

    IntakeApi(TakingInRecords intake) {
        this.intake = intake;
    }

    @Operation(summary = "Registros recibidos que esperan su procesamiento automático: cuántos esperan, cuántos "
            + "están detenidos tras fallar y la llegada del más antiguo")
    @GetMapping("/api/v1/ingreso")
    TakingInRecords.Backlog backlog() {
        return intake.backlog();
    }

    @Operation(summary = "Registros detenidos: fallaron " + IntakeQueue.MAX_ATTEMPTS + " veces al iniciar su "
            + "procesamiento automático y esperan a un operador (cuándo llegaron, cuántas veces y por qué fallaron)")
    @GetMapping("/api/v1/ingreso/problemas")
    List<TakingInRecords.Problem> problems() {
        return intake.problems();
    }

    @Operation(summary = "Reintenta un registro detenido: el siguiente lote lo toma; 404 REGISTRO_NO_EN_ESPERA "
            + "si ya no espera (p. ej. otro operador lo reintentó y ya se procesó)")
    @PostMapping("/api/v1/ingreso/problemas/{recordId}/reintento")
    TakingInRecords.Backlog retry(@Parameter(description = "Id del registro") @PathVariable UUID recordId) {
        if (!intake.retry(new RecordId(recordId))) {
            throw RecordRejection.REGISTRO_NO_EN_ESPERA.problem(recordId.toString());
        }
        return intake.backlog();
    }
}
