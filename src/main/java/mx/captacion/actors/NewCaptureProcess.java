package mx.captacion.actors;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What INE staff give to create a capture process (the API's body and the portal's form). */
public record NewCaptureProcess(
        @NotBlank(message = "es obligatorio")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "admite de 2 a 40 mayúsculas, dígitos y guiones, p. ej. APN-2026-RDP")
        String code,
        @NotBlank(message = "es obligatorio") @Size(max = 200, message = "admite a lo más 200 caracteres") String name,
        @NotNull(message = "es obligatorio") ProcessKind kind,
        @NotNull(message = "es obligatorio") LocalDate periodStart,
        @NotNull(message = "es obligatorio") LocalDate periodEnd,
        @NotNull(message = "es obligatorio") @PositiveOrZero(message = "debe ser cero o mayor") Integer requiredRecords,
        @NotNull(message = "es obligatorio") @PositiveOrZero(message = "debe ser cero o mayor")
        @Max(value = 32, message = "admite a lo más 32 entidades") Integer requiredStates) {

    static final Map<String, String> FIELD_NAMES = Map.of("code", "clave", "name", "nombre", "kind", "tipo",
            "periodStart", "inicio del periodo", "periodEnd", "fin del periodo",
            "requiredRecords", "registros requeridos", "requiredStates", "entidades requeridas");
}
