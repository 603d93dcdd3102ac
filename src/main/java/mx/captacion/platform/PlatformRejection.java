package mx.captacion.platform;

import org.springframework.http.HttpStatus;

/** The refusals every module shares: a request the API cannot read, a bad parameter, the service down. */
public enum PlatformRejection implements Rejection {
    JSON_MAL_FORMADO(HttpStatus.BAD_REQUEST),
    CONTENIDO_NO_JSON(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    FORMATO_INVALIDO(HttpStatus.BAD_REQUEST),
    DATO_INVALIDO(HttpStatus.BAD_REQUEST),
    PARAMETRO_INVALIDO(HttpStatus.BAD_REQUEST),
    PARAMETRO_FALTANTE(HttpStatus.BAD_REQUEST),
    METODO_NO_PERMITIDO(HttpStatus.METHOD_NOT_ALLOWED),
    CORTE_INVALIDO(HttpStatus.BAD_REQUEST),
    CONTRASENA_ACTUAL_INCORRECTA(HttpStatus.BAD_REQUEST),
    CONTRASENA_CORTA(HttpStatus.BAD_REQUEST),
    CONFIRMACION_DISTINTA(HttpStatus.BAD_REQUEST),
    CONTRASENA_SIN_CAMBIO(HttpStatus.BAD_REQUEST),
    CONTRASENA_TEMPORAL(HttpStatus.FORBIDDEN),
    SERVICIO_NO_DISPONIBLE(HttpStatus.SERVICE_UNAVAILABLE),
    ERROR_INTERNO(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    PlatformRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
