package mx.captacion.nota.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why the portal refuses a nota informativa's PDF. */
enum NotaRejection implements Rejection {
    ACTOR_DESCONOCIDO(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    NotaRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
