package mx.captacion.accesslog.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why a search of the bitácora is refused; the messages are in the bundle under {@code accesslog.problema.<CODE>}. */
public enum AccessLogRejection implements Rejection {
    REGISTRO_INVALIDO(HttpStatus.BAD_REQUEST),
    FECHA_INVALIDA(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    AccessLogRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
