package mx.captacion.retention.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why INE's say over a purge is refused; the messages are in the bundle under {@code retention.problema.<CODE>}. */
public enum RetentionRejection implements Rejection {
    MOTIVO_REQUERIDO(HttpStatus.BAD_REQUEST),
    MOTIVO_DEMASIADO_LARGO(HttpStatus.BAD_REQUEST),
    PLAZO_INVALIDO(HttpStatus.BAD_REQUEST),
    SUSPENSION_VIGENTE(HttpStatus.CONFLICT),
    SIN_SUSPENSION(HttpStatus.CONFLICT);

    private final HttpStatus status;

    RetentionRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
