package mx.captacion.actors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What INE staff give to create a capture process (the API's body and the portal's form). The review
 * mode is optional (full review when absent); {@code MUESTREO} needs the three sampling settings.
 */
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
        @Max(value = 32, message = "admite a lo más 32 entidades") Integer requiredStates,
        ReviewMode reviewMode,
        @DecimalMin(value = "0.01", message = "debe ser mayor que 0 %")
        @DecimalMax(value = "100", message = "admite a lo más 100 %")
        @Digits(integer = 3, fraction = 2, message = "admite a lo más dos decimales") BigDecimal sampleRate,
        @DecimalMin(value = "0", message = "debe ser 0 % o mayor")
        @DecimalMax(value = "100", message = "admite a lo más 100 %")
        @Digits(integer = 3, fraction = 2, message = "admite a lo más dos decimales") BigDecimal errorThreshold,
        @Min(value = 1, message = "debe ser 1 o mayor") Integer minSampledReviews) {

    public static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("code", "clave"),
            Map.entry("name", "nombre"), Map.entry("kind", "tipo"), Map.entry("periodStart", "inicio del periodo"),
            Map.entry("periodEnd", "fin del periodo"), Map.entry("requiredRecords", "registros requeridos"),
            Map.entry("requiredStates", "entidades requeridas"), Map.entry("reviewMode", "revisión en mesa de control"),
            Map.entry("sampleRate", "tamaño de la muestra"), Map.entry("errorThreshold", "umbral de error"),
            Map.entry("minSampledReviews", "revisiones mínimas de la muestra"));

    /** Full review unless the process asks for sampling. */
    ReviewMode reviewModeOrDefault() {
        return reviewMode == null ? ReviewMode.COMPLETA : reviewMode;
    }
}
