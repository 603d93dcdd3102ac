package mx.captacion.miapoyo.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.records.CitizenRecordView;

/**
 * What a citizen learns about their record from its receipt: its status in plain Spanish and
 * whom they support. Nothing personal (no names, clave, CURP, images), since whoever holds the
 * receipt and the check may not be the citizen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Estado de un apoyo enviado en Mi Apoyo, sin datos personales")
public record ReceiptStatus(
        @Schema(example = "MA-7KQ4-X9PT-3HDR") String receiptCode,
        @Schema(example = "PARA_COMPULSA") String status,
        @Schema(example = "Válido para compulsa") String statusText,
        @Schema(example = "Tu apoyo pasó la revisión y se verificará contra la lista nominal.") String explanation,
        @Schema(description = "Solo con inconsistencia", example = "Firma no válida") String inconsistency,
        @Schema(example = "Agrupación Política de Muestra") String actor,
        @Schema(example = "APN Resto del País 2026") String process,
        @Schema(example = "2026-11-20") LocalDate receivedOn) {

    static ReceiptStatus of(CitizenRecordView record, PoliticalActor actor) {
        String[] words = switch (record.status()) {
            case EN_PROCESAMIENTO -> new String[] {"Recibido",
                    "Recibimos tu apoyo; está en las revisiones automáticas."};
            case EN_MESA_DE_CONTROL -> new String[] {"En revisión",
                    "Personal del INE revisa las imágenes y los datos de tu credencial."};
            case PARA_COMPULSA -> new String[] {"Válido para compulsa",
                    "Tu apoyo pasó la revisión y se verificará contra la lista nominal."};
            case DUPLICADO -> new String[] {"Duplicado",
                    "Ya habías dado tu apoyo a esta organización; solo cuenta una vez."};
            case CON_INCONSISTENCIA -> new String[] {"Con inconsistencia",
                    "La revisión encontró un problema en tu apoyo, por lo que no cuenta."};
            case VALIDO -> new String[] {"Válido",
                    "Apareces en la lista nominal: tu apoyo cuenta."};
            case NO_VALIDO -> new String[] {"No válido",
                    "La verificación contra la lista nominal no confirmó tu apoyo."};
        };
        String inconsistency = record.inconsistencyType() == null ? null : record.inconsistencyType().label();
        return new ReceiptStatus(record.receiptCode().orElseThrow().toString(), record.status().name(),
                words[0], words[1], inconsistency, actor.getName(), actor.getProcess().getName(),
                record.receivedAt().atZone(CaptureProcess.ZONE).toLocalDate());
    }
}
