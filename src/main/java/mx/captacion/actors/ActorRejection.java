package mx.captacion.actors;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why creating a capture process, registering an actor or reaching an organization's data is refused;
 * nothing is stored when it is. The messages are in the bundle under {@code actors.problema.<CODE>}.
 */
public enum ActorRejection implements Rejection {
    PERIODO_INVALIDO(HttpStatus.BAD_REQUEST),
    MUESTREO_INCOMPLETO(HttpStatus.BAD_REQUEST),
    PROCESO_YA_EXISTE(HttpStatus.CONFLICT),
    PROCESO_DESCONOCIDO(HttpStatus.NOT_FOUND),
    ACTOR_DESCONOCIDO(HttpStatus.NOT_FOUND),
    ACTOR_YA_REGISTRADO(HttpStatus.CONFLICT),
    // ActorAccess: the signed-in user and the organization's data
    SIN_ACTOR_POLITICO(HttpStatus.FORBIDDEN),
    NO_ENCONTRADO(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    ActorRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
