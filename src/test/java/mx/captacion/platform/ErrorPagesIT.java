package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/** A browser that meets an error sees a Spanish page of the portal, not Spring's whitelabel page. */
class ErrorPagesIT extends IntegrationTestBase {

    @BeforeEach
    void users() {
        ensureReviewerAndAnalyst();
    }

    private HttpResponse<String> page(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }

    @Test
    void anUnknownPageAnswersASpanishNotFoundPage() {
        HttpResponse<String> response = page("/no-existe-esta-pagina", ANALYST);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("La página que busca no existe", "Código HTTP 404", "lang=\"es")
                .doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownAddressAnswers404ToEveryRoleWhileAnotherRolesPagesStay403() {
        for (Roles.Group group : Roles.ALL) {
            String user = group.id().equals(Roles.REPRESENTANTE) ? newRepresentative(newFixture()) : "pagina." + group.id() + ".it";
            ensureUser(user, group.id());
            HttpResponse<String> unknown = page("/organizacion-no-existe/ni-esta", user);
            assertThat(unknown.statusCode()).as("%s: una dirección que no existe", group.id()).isEqualTo(404);
            assertThat(unknown.body()).contains("La página que busca no existe");
        }
        String representative = newRepresentative(newFixture());
        assertThat(page("/procesos", representative).statusCode()).as("página del INE").isEqualTo(403);
        assertThat(page("/api-docs", representative).statusCode()).as("documentación de la API").isEqualTo(403);
        assertThat(page("/v3/api-docs", representative).statusCode()).isEqualTo(403);
        assertThat(page("/actuator", representative).statusCode()).isEqualTo(403);
        assertThat(page("/organizacion/no-existe", representative).statusCode()).as("dentro de su portal").isEqualTo(404);
        assertThat(page("/procesos/no-existe", REVIEWER).statusCode()).as("área de otro rol").isEqualTo(403);
    }

    @Test
    void aPageOfAnotherRoleAnswersASpanishForbiddenPage() {
        HttpResponse<String> response = page("/procesos", REVIEWER);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Su cuenta no tiene permiso para ver esta página")
                .doesNotContain("Whitelabel");
    }

    @Test
    void anApiParameterItCannotReadIsNamedInSpanishWithItsCode() {
        HttpResponse<String> badDate = get("/api/v1/mesa-ayuda/informes?desde=ayer", ANALYST);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(body(badDate).get("code").asText()).isEqualTo("PARAMETRO_INVALIDO");
        assertThat(body(badDate).get("message").asText()).contains("'desde'", "AAAA-MM-DD");

        HttpResponse<String> badNumber = get("/api/v1/roll/imports/uno", ANALYST);
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(body(badNumber).get("message").asText()).contains("'id'", "número");

        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/v1/compulsa/problemas"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ANALYST + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(body(wrongMethod).get("code").asText()).isEqualTo("METODO_NO_PERMITIDO");
        assertThat(body(wrongMethod).get("message").asText()).contains("DELETE", "GET");
    }

    @Test
    void aPortalPageWithAHandTypedBadParameterSaysWhichOne() {
        HttpResponse<String> response = page("/mesa-ayuda/informes?hasta=31-12-2026", ANALYST);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("El parámetro &#39;hasta&#39; no tiene un formato válido");
    }
}
