package mx.captacion.auxiliares;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a representative gives for an alta (a portal form or a CSV row). */
public record NewAuxiliar(
        @NotBlank(message = "es obligatorio") @Size(max = 200, message = "admite a lo más 200 caracteres") String name,
        @NotBlank(message = "es obligatorio") @Email(message = "no es un correo electrónico válido")
        @Size(max = 200, message = "admite a lo más 200 caracteres") String email,
        @NotNull(message = "es obligatorio") AuthenticationType authenticationType) {
}
