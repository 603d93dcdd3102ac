package mx.captacion.hearings.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why the garantía de audiencia is not opened, or a record not contested: the messages are under
 * {@code hearings.problema.<CODE>} in the bundle.
 */
enum HearingRejection implements Rejection {
    PLAZO_INVALIDO(HttpStatus.BAD_REQUEST),
    AUDIENCIA_YA_ABIERTA(HttpStatus.CONFLICT),
    /** Records still wait for the compulsa's answer; the page offers to open anyway. */
    COMPULSA_PENDIENTE(HttpStatus.CONFLICT),
    AUDIENCIA_NO_ABIERTA(HttpStatus.CONFLICT),
    AUDIENCIA_VENCIDA(HttpStatus.CONFLICT),
    ARGUMENTO_REQUERIDO(HttpStatus.BAD_REQUEST),
    ARGUMENTO_MUY_LARGO(HttpStatus.BAD_REQUEST),
    SIN_REGISTROS(HttpStatus.BAD_REQUEST),
    DEMASIADOS_REGISTROS(HttpStatus.BAD_REQUEST),
    /** Not the asker's record, or not the asker's actor: said as if it did not exist. */
    NO_ENCONTRADO(HttpStatus.NOT_FOUND),
    REGISTRO_YA_IMPUGNADO(HttpStatus.CONFLICT),
    REGISTRO_NO_DICTAMINADO(HttpStatus.CONFLICT),
    /** The hearing reviewer's form: neither confirm nor restore chosen. */
    DECISION_FALTANTE(HttpStatus.BAD_REQUEST),
    /** The hearing reviewer's form: no explanation, or too long a one. */
    EXPLICACION_INVALIDA(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    HearingRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
