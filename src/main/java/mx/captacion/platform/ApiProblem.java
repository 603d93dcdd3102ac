package mx.captacion.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A refusal the client can act on: a stable code for programs, an HTTP status and a Spanish
 * message for people, and the field to correct when it is one field's value. Thrown before
 * anything is stored.
 */
public class ApiProblem extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private final String field;

    public ApiProblem(String code, int httpStatus, String message) {
        this(code, httpStatus, message, null);
    }

    public ApiProblem(String code, int httpStatus, String message, String field) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON body every API answers errors with; {@code field} only when the refusal names one. */
    public record Body(String code, String message,
                       @Schema(description = "Campo por corregir, con la ruta del JSON enviado (p. ej. citizen.vigencia); "
                               + "sólo cuando el rechazo se debe al valor de un campo", example = "citizen.vigencia")
                       @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }

    public Body body() {
        return new Body(code, getMessage(), field);
    }
}
