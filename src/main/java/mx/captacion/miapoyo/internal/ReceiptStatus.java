package mx.captacion.miapoyo.internal;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

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

    /** The status in the citizen's words: {@code miapoyo.status.<STATUS>} and its {@code .explanation} in the bundle. */
    static ReceiptStatus of(CitizenRecordView record, PoliticalActor actor, MessageSource messages) {
        String key = "miapoyo.status." + record.status().name();
        Locale locale = LocaleContextHolder.getLocale();
        String inconsistency = record.inconsistencyType() == null ? null : record.inconsistencyType().label();
        return new ReceiptStatus(record.receiptCode().orElseThrow().toString(), record.status().name(),
                messages.getMessage(key, null, locale), messages.getMessage(key + ".explanation", null, locale), inconsistency, actor.getName(), actor.getProcess().getName(),
                record.receivedAt().atZone(CaptureProcess.ZONE).toLocalDate());
    }
}
