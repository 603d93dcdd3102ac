package mx.captacion.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.captacion.identity.Entidad;
import mx.captacion.records.internal.Images;

/**
 * A record as the mobile app (or Mi Apoyo) sends it to {@code POST /api/v1/records}. Only the
 * shape is validated here; whether the data are right is the automated processing's job, so a
 * wrong clave de elector reaches the control desk instead of being lost. A citizen's own record
 * (Mi Apoyo) is the exception: what they can correct on the spot is refused ({@link MiApoyoChecks}).
 */
@Schema(description = "Registro ciudadano capturado en la aplicación móvil o en Mi Apoyo")
public record RecordSubmission(
        @Schema(description = "Identificador generado por la app; reenviarlo no crea otro registro",
                example = "0b6f1c2e-6f0a-4a57-9d8e-3d2b1f9e7c11")
        @NotNull(message = "es obligatorio") UUID submissionId,
        @Schema(example = "APN-2022-RDP") @NotBlank(message = "es obligatorio") @Size(max = 40, message = "admite a lo más 40 caracteres") String processCode,
        @Schema(example = "F230617000000021") @NotBlank(message = "es obligatorio") @Size(max = 16, message = "admite a lo más 16 caracteres") String actorFolio,
        @Schema(description = "ID del auxiliar; se omite en Mi Apoyo", example = "AUX-0000001")
        @Size(max = 20, message = "admite a lo más 20 caracteres") String auxiliarId,
        @NotNull(message = "es obligatorio") CaptureChannel channel,
        @Schema(description = "Instante de captura (ISO-8601)", example = "2026-11-20T17:45:00Z")
        @NotNull(message = "es obligatorio") Instant capturedAt,
        @Schema(description = "Ubicación de la captura; obligatoria salvo en Mi Apoyo (el ciudadano puede negarla)")
        @Valid Location location,
        @NotNull(message = "es obligatorio") @Valid Citizen citizen,
        @NotNull(message = "es obligatorio") @Valid Images images) {

    public record Location(
            @Schema(example = "19.4326") @NotNull(message = "es obligatorio")
            @DecimalMin(value = "-90", message = "debe estar entre -90 y 90")
            @DecimalMax(value = "90", message = "debe estar entre -90 y 90") Double lat,
            @Schema(example = "-99.1332") @NotNull(message = "es obligatorio")
            @DecimalMin(value = "-180", message = "debe estar entre -180 y 180")
            @DecimalMax(value = "180", message = "debe estar entre -180 y 180") Double lon) {
    }

    public record Citizen(
            @Schema(example = "PRLPJN85031209H123") @NotBlank(message = "es obligatorio")
            @Size(max = 18, message = "admite a lo más 18 caracteres") String claveElector,
            @Schema(example = "PELJ850312HDFRPN05") @NotBlank(message = "es obligatorio")
            @Size(max = 18, message = "admite a lo más 18 caracteres") String curp,
            @Schema(example = "JUAN") @NotBlank(message = "es obligatorio") @Size(max = 100, message = "admite a lo más 100 caracteres") String nombre,
            @Schema(example = "PEREZ") @NotBlank(message = "es obligatorio") @Size(max = 100, message = "admite a lo más 100 caracteres") String apellidoPaterno,
            @Schema(example = "LOPEZ") @Size(max = 100, message = "admite a lo más 100 caracteres") String apellidoMaterno,
            @Schema(example = "1985-03-12") @NotNull(message = "es obligatorio") LocalDate fechaNacimiento,
            @Schema(example = "H", allowableValues = {"H", "M", "X"}) @NotBlank(message = "es obligatorio")
            @jakarta.validation.constraints.Pattern(regexp = "[HMX]", message = "debe ser H, M o X") String sexo,
            @Schema(description = "Entidad de residencia, 1 a 32", example = "9") @NotNull(message = "es obligatorio")
            @Min(value = 1, message = "debe estar entre 1 y 32") @Max(value = 32, message = "debe estar entre 1 y 32") Integer entidad,
            @Schema(example = "1234") @NotNull(message = "es obligatorio")
            @Min(value = 1, message = "debe estar entre 1 y 9999") @Max(value = 9999, message = "debe estar entre 1 y 9999") Integer seccion,
            @Schema(description = "Año de vigencia de la credencial", example = "2031")
            @Min(value = 1990, message = "debe ser un año entre 1990 y 2100")
            @Max(value = 2100, message = "debe ser un año entre 1990 y 2100") Integer vigencia) {

        /**
         * The clave and CURP as stored: trimmed and in capitals, here so that the length checks above
         * judge what is stored — a capital can be longer than its small letter («ß» is «SS»).
         */
        public Citizen {
            claveElector = capitals(claveElector);
            curp = capitals(curp);
        }

        private static String capitals(String value) {
            return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        }
    }

    @Schema(description = "Imágenes JPEG o PNG en base64; cada una de a lo más 2 MB")
    public record Images(String anverso, String reverso, String fotoViva, String firma) {

        public String of(ImageKind kind) {
            return switch (kind) {
                case ANVERSO -> anverso;
                case REVERSO -> reverso;
                case FOTO_VIVA -> fotoViva;
                case FIRMA -> firma;
            };
        }
    }
}
