package mx.captacion.miapoyo.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why a citizen's receipt lookup is refused: the messages are under {@code miapoyo.problema.<CODE>} in the bundle. */
enum MiApoyoRejection implements Rejection {
    /** Too many failed lookups for the code or from the client, within the window. */
    DEMASIADOS_INTENTOS(HttpStatus.TOO_MANY_REQUESTS),
    /** No receipt with that code and that verification: which of the two is wrong is not said. */
    RECIBO_NO_ENCONTRADO(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    MiApoyoRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
