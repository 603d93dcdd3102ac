package mx.captacion.platform;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the client can act on, thrown before anything is stored: a module's {@link Rejection}
 * (its stable code and HTTP status), the message's arguments, and the field to correct when it is one
 * field's value. Answered as an RFC 9457 problem detail — Spring's {@link ProblemDetail}, its
 * {@code detail} and title from the message bundle — with our {@code code}, {@code field} and
 * {@code message} (the {@code detail} again, under the name the API's first clients read).
 * {@link #getMessage()} is the Spanish text, so a page that shows its form again, a CSV's list of
 * refused lines or a task form's validation message says exactly what the API would.
 */
public class ApiProblem extends ErrorResponseException implements MessageSourceResolvable {

    private static final URI NO_INSTANCE = URI.create("");

    private final Rejection rejection;
    private final String messageKey;
    private final Object[] arguments;

    ApiProblem(Rejection rejection, String messageKey, String field, Object... arguments) {
        super(rejection.status(), ProblemDetail.forStatus(rejection.status()), null, messageKey, arguments);
        this.rejection = rejection;
        this.messageKey = messageKey;
        this.arguments = arguments;
        getBody().setProperty("code", rejection.name());
        if (field != null) {
            getBody().setProperty("field", field);
        }
    }

    public String code() {
        return rejection.name();
    }

    /** The field to correct, as the request spells it; null when the refusal is not one field's. */
    public String field() {
        return (String) (getBody().getProperties() == null ? null : getBody().getProperties().get("field"));
    }

    public Rejection rejection() {
        return rejection;
    }

    public int httpStatus() {
        return getStatusCode().value();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    /** The bundle's title for the status ({@code problema.titulo.404}), localized as RFC 9457 allows. */
    @Override
    public String getTitleMessageCode() {
        return "problema.titulo." + httpStatus();
    }

    /** The Spanish message, from the bundle. */
    @Override
    public String getMessage() {
        return MessageBundle.text(this);
    }

    /**
     * The answer's body, its detail and title resolved from the bundle. Its {@code instance} is the empty
     * reference, which is not written: Spring MVC would fill it with the request's path, and an answer
     * repeats nothing the client sent (a Mi Apoyo look-up answers a wrong code exactly as a wrong check).
     */
    public ProblemDetail body() {
        ProblemDetail body = updateAndGetBody(MessageBundle.source(), MessageBundle.locale());
        body.setProperty("message", body.getDetail());
        body.setInstance(NO_INSTANCE);
        return body;
    }

    /**
     * The body's shape for the OpenAPI document (the answer itself is {@link #body}'s
     * {@link ProblemDetail}; {@code ApiProblemTest} proves they have the same fields).
     */
    @Schema(name = "Problema", description = "Un rechazo, como detalle de problema RFC 9457 (application/problem+json)")
    public record Body(
            @Schema(description = "Siempre about:blank: el tipo lo dice code", example = "about:blank") String type,
            @Schema(description = "El estado HTTP en palabras", example = "Solicitud incorrecta") String title,
            @Schema(description = "El estado HTTP", example = "400") int status,
            @Schema(description = "Qué hacer, en español", example = "Falta el campo 'citizen.curp': es obligatorio.")
            String detail,
            @Schema(description = "Código estable del rechazo, para programas", example = "CAMPO_FALTANTE") String code,
            @Schema(description = "El mismo texto que detail (el nombre que leían los primeros clientes)")
            String message,
            @Schema(description = "Campo por corregir, con la ruta del JSON enviado (p. ej. citizen.vigencia); "
                    + "sólo cuando el rechazo se debe al valor de un campo", example = "citizen.vigencia")
            @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }
}
