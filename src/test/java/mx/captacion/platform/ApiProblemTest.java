package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** A refusal answers as an RFC 9457 problem detail with our code, in the shape the OpenAPI document shows. */
class ApiProblemTest {

    /** Built as Spring Boot builds the application's ObjectMapper (the builder adds ProblemDetail's mix-in). */
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void theBodyIsAProblemDetailWithCodeMessageAndField() throws Exception {
        ApiProblem problem = PlatformRejection.FORMATO_INVALIDO.problemOn("citizen.vigencia", "citizen.vigencia");

        Map<String, Object> body = json.readValue(json.writeValueAsString(problem.body()), new TypeReference<Map<String, Object>>() { });

        assertThat(body).containsEntry("type", "about:blank")
                .containsEntry("title", "Solicitud incorrecta")
                .containsEntry("status", 400)
                .containsEntry("detail", "El campo 'citizen.vigencia' no tiene un formato válido.")
                .containsEntry("message", "El campo 'citizen.vigencia' no tiene un formato válido.")
                .containsEntry("code", "FORMATO_INVALIDO")
                .containsEntry("field", "citizen.vigencia");
        // Body's fields, and no instance: nothing of the request is repeated
        assertThat(body.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ApiProblem.Body.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void withoutAFieldTheBodyHasNone() throws Exception {
        Map<String, Object> body = json.readValue(json.writeValueAsString(PlatformRejection.ERROR_INTERNO.problem().body()), new TypeReference<Map<String, Object>>() { });

        assertThat(body).doesNotContainKey("field").containsEntry("status", 500).containsEntry("code", "ERROR_INTERNO");
        assertThat(PlatformRejection.ERROR_INTERNO.problem().httpStatus()).isEqualTo(500);
    }

    @Test
    void aPortalPageAndTheApiSayTheSame() {
        ApiProblem problem = PlatformRejection.CONTRASENA_CORTA.problem(10);

        assertThat(problem.getMessage()).isEqualTo("La nueva contraseña debe tener al menos 10 caracteres.")
                .isEqualTo(problem.body().getDetail());
        assertThat(problem.code()).isEqualTo("CONTRASENA_CORTA");
    }
}
