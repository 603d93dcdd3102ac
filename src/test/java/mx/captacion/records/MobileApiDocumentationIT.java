package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/** The OpenAPI document describes the Camel mobile API with its examples, to logged-in users only. */
class MobileApiDocumentationIT extends IntegrationTestBase {

    @Test
    void theOpenApiDocumentDescribesTheMobileApiAndTheProgressReport() {
        ensureReviewerAndAnalyst();

        HttpResponse<String> response = get("/v3/api-docs", ANALYST);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = body(response);
        JsonNode post = doc.at("/paths/~1api~1v1~1records/post");
        assertThat(post.at("/requestBody/content/application~1json/examples/auxiliar/value/actorFolio").asText())
                .isEqualTo("F230617000000021");
        assertThat(post.at("/responses/202/content/application~1json/example/status").asText()).isEqualTo("EN_PROCESAMIENTO");
        assertThat(post.at("/responses/422/content/application~1problem+json/example/code").asText()).isEqualTo("CAPTURA_FUERA_DE_PERIODO");
        assertThat(doc.at("/components/schemas/RecordSubmission/properties/citizen").isMissingNode()).isFalse();
        assertThat(post.at("/responses/409/content/application~1problem+json/example/code").asText()).isEqualTo("ENVIO_YA_USADO");
        assertThat(post.at("/responses/503/content/application~1problem+json/example/code").asText()).isEqualTo("SERVICIO_NO_DISPONIBLE");
        assertThat(post.at("/responses/503/headers/Retry-After").isMissingNode()).isFalse();
        JsonNode get = doc.at("/paths/~1api~1v1~1records~1{recordId}/get");
        assertThat(get.at("/parameters").findValuesAsText("name")).contains("X-Device-Token");
        assertThat(get.at("/responses/503/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1actors~1{folio}~1progress/get").isMissingNode()).isFalse();
        // every refusal is documented as the RFC 9457 problem detail it is answered with
        assertThat(doc.at("/components/schemas/Problema/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "code", "message", "field");
        assertThat(doc.at("/paths/~1api~1v1~1mi-apoyo~1{receiptCode}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problema");
        assertThat(get("/v3/api-docs", null).statusCode()).isIn(302, 401);
    }
}
