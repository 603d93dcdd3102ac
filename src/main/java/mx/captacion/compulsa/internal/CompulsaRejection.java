package mx.captacion.compulsa.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why a compulsa request is refused, and why an answer of the compulsa changed nothing. The
 * answers' codes are never an HTTP answer: they are kept with their message and listed at /compulsa.
 */
enum CompulsaRejection implements Rejection {
    DESTINO_INVALIDO(HttpStatus.BAD_REQUEST),
    ENDPOINT_INVALIDO(HttpStatus.BAD_REQUEST),
    LOTE_NO_ENCONTRADO(HttpStatus.NOT_FOUND),
    // an answer that changed nothing
    ERROR_AL_APLICAR(HttpStatus.INTERNAL_SERVER_ERROR),
    CONTRADICTORIA(HttpStatus.CONFLICT),
    REGISTRO_DESCONOCIDO(HttpStatus.NOT_FOUND),
    NO_ESPERADA(HttpStatus.CONFLICT),
    ARCHIVO_INVALIDO(HttpStatus.BAD_REQUEST),
    LINEA_INVALIDA(HttpStatus.BAD_REQUEST),
    SITUACION_INVALIDA(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    CompulsaRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
