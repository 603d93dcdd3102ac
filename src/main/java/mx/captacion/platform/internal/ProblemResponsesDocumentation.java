package mx.captacion.platform.internal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;

/**
 * Every refusal in the OpenAPI document has the body it is answered with: an error response an
 * endpoint documents without a problem body (springdoc would show the operation's success type)
 * gets the «Problema» problem detail (application/problem+json), so an integrator reads the shape
 * of every 4xx and 5xx from the document alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponsesDocumentation implements OpenApiCustomizer {

    static final String SCHEMA = "Problema";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        ModelConverters.getInstance().readAll(ApiProblem.Body.class).forEach(openApi::schema);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                boolean refusal = status.startsWith("4") || status.startsWith("5");
                if (refusal && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                    response.setContent(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
                }
            });
        }));
    }
}
