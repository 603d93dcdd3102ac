package mx.captacion.actors;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What INE staff give to register a political actor in a process (the API's body and the portal's form). */
public record NewActor(
        @NotBlank(message = "es obligatorio") @Size(max = 200, message = "admite a lo más 200 caracteres") String name,
        @NotBlank(message = "es obligatorio") @Size(max = 200, message = "admite a lo más 200 caracteres")
        String representativeName,
        @NotBlank(message = "es obligatorio") @Email(message = "no es un correo electrónico válido")
        @Size(max = 200, message = "admite a lo más 200 caracteres") String representativeEmail) {

    public static final Map<String, String> FIELD_NAMES = Map.of("name", "nombre",
            "representativeName", "nombre del representante", "representativeEmail", "correo del representante");
}
