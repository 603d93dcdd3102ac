package mx.captacion.records.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why the records module refuses a request — above all the mobile API's record: the code is stable
 * for the app, the message ({@code records.problema.<CODE>} in the bundle) tells the person what to do.
 * Nothing is stored when a record is refused. The codes from {@code CLAVE_ELECTOR_MAL_FORMADA} to
 * {@code IMAGEN_FALTANTE} are the findings a Mi Apoyo record cannot be received with
 * ({@code MiApoyoChecks}): the code is the finding's, the message the finding's and what to do about it.
 */
public enum RecordRejection implements Rejection {
    SOLICITUD_DEMASIADO_GRANDE(HttpStatus.PAYLOAD_TOO_LARGE),
    CONTENIDO_NO_JSON(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    CAMPO_FALTANTE(HttpStatus.BAD_REQUEST),
    FORMATO_INVALIDO(HttpStatus.BAD_REQUEST),
    AUXILIAR_REQUERIDO(HttpStatus.BAD_REQUEST),
    AUXILIAR_NO_PERMITIDO(HttpStatus.BAD_REQUEST),
    PROCESO_DESCONOCIDO(HttpStatus.UNPROCESSABLE_ENTITY),
    ACTOR_DESCONOCIDO(HttpStatus.UNPROCESSABLE_ENTITY),
    ACTOR_FUERA_DEL_PROCESO(HttpStatus.UNPROCESSABLE_ENTITY),
    AUXILIAR_DESCONOCIDO(HttpStatus.UNPROCESSABLE_ENTITY),
    AUXILIAR_DE_OTRO_ACTOR(HttpStatus.UNPROCESSABLE_ENTITY),
    AUXILIAR_INACTIVO(HttpStatus.FORBIDDEN),
    TOKEN_FALTANTE(HttpStatus.UNAUTHORIZED),
    AUXILIAR_IDENTIFICADO_INCORRECTAMENTE(HttpStatus.UNAUTHORIZED),
    CAPTURA_FUERA_DE_PERIODO(HttpStatus.UNPROCESSABLE_ENTITY),
    CAPTURA_EN_EL_FUTURO(HttpStatus.UNPROCESSABLE_ENTITY),
    IMAGEN_NO_BASE64(HttpStatus.BAD_REQUEST),
    IMAGEN_NO_ES_JPEG_PNG(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    IMAGEN_DEMASIADO_GRANDE(HttpStatus.PAYLOAD_TOO_LARGE),
    IMAGEN_DEMASIADOS_PIXELES(HttpStatus.PAYLOAD_TOO_LARGE),
    /** Says nothing of the record that has the id: only its sender may learn it by resending. */
    ENVIO_YA_USADO(HttpStatus.CONFLICT),
    REGISTRO_NO_ENCONTRADO(HttpStatus.NOT_FOUND),
    /** An operator retried a stopped record that no longer waits (another operator was first). */
    REGISTRO_NO_EN_ESPERA(HttpStatus.NOT_FOUND),
    /** The control desk's form: neither valid nor an inconsistency chosen. */
    DECISION_FALTANTE(HttpStatus.BAD_REQUEST),
    /** The control desk's form: «Otra» without its description. */
    NOTA_FALTANTE(HttpStatus.BAD_REQUEST),
    NOTA_MUY_LARGA(HttpStatus.BAD_REQUEST),
    CLAVE_ELECTOR_MAL_FORMADA(HttpStatus.UNPROCESSABLE_ENTITY),
    CLAVE_ELECTOR_NO_COINCIDE_FECHA(HttpStatus.UNPROCESSABLE_ENTITY),
    CLAVE_ELECTOR_NO_COINCIDE_SEXO(HttpStatus.UNPROCESSABLE_ENTITY),
    CURP_MAL_FORMADA(HttpStatus.UNPROCESSABLE_ENTITY),
    CURP_DIGITO_VERIFICADOR_INVALIDO(HttpStatus.UNPROCESSABLE_ENTITY),
    CURP_NO_COINCIDE_FECHA(HttpStatus.UNPROCESSABLE_ENTITY),
    CURP_NO_COINCIDE_SEXO(HttpStatus.UNPROCESSABLE_ENTITY),
    CURP_Y_CLAVE_ENTIDAD_DISTINTA(HttpStatus.UNPROCESSABLE_ENTITY),
    CREDENCIAL_SIN_VIGENCIA(HttpStatus.UNPROCESSABLE_ENTITY),
    IMAGEN_FALTANTE(HttpStatus.UNPROCESSABLE_ENTITY);

    private final HttpStatus status;

    RecordRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
