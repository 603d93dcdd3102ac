package mx.captacion.helpdesk.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/** Why the help desk refuses a request; the messages are in the bundle under {@code helpdesk.problema.<CODE>}. */
public enum HelpDeskRejection implements Rejection {
    BUSQUEDA_MUY_CORTA(HttpStatus.BAD_REQUEST),
    ACTOR_DESCONOCIDO(HttpStatus.BAD_REQUEST),
    AUXILIAR_DESCONOCIDO(HttpStatus.BAD_REQUEST),
    AUXILIAR_DE_OTRO_ACTOR(HttpStatus.BAD_REQUEST),
    CANAL_REQUERIDO(HttpStatus.BAD_REQUEST),
    DATO_REQUERIDO(HttpStatus.BAD_REQUEST),
    DATO_DEMASIADO_LARGO(HttpStatus.BAD_REQUEST),
    CORREO_INVALIDO(HttpStatus.BAD_REQUEST),
    TIPO_REQUERIDO(HttpStatus.BAD_REQUEST),
    TIPO_OTRA_SIN_TEXTO(HttpStatus.BAD_REQUEST),
    TIPO_DESCONOCIDO(HttpStatus.BAD_REQUEST),
    RESPUESTA_REQUERIDA(HttpStatus.BAD_REQUEST),
    RESULTADO_REQUERIDO(HttpStatus.BAD_REQUEST),
    PERIODO_INVALIDO(HttpStatus.BAD_REQUEST),
    SOLO_MATO(HttpStatus.FORBIDDEN),
    TICKET_DESCONOCIDO(HttpStatus.NOT_FOUND),
    ADJUNTO_DESCONOCIDO(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    HelpDeskRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
