package mx.captacion.auxiliares.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why an alta, a baja or an app registration is refused; nothing is stored when it is. The messages
 * are in the bundle under {@code auxiliares.problema.<CODE>}.
 */
public enum AuxiliarRejection implements Rejection {
    /** A missing field; its other wordings: {@code claveElector}, {@code largo}, {@code valores}. */
    DATO_INVALIDO(HttpStatus.BAD_REQUEST),
    CORREO_YA_REGISTRADO(HttpStatus.CONFLICT),
    AUXILIAR_DESCONOCIDO(HttpStatus.NOT_FOUND),
    AUXILIAR_YA_DADO_DE_BAJA(HttpStatus.CONFLICT),
    CAUSA_SOLO_INE(HttpStatus.FORBIDDEN),
    ID_DESCONOCIDO(HttpStatus.NOT_FOUND),
    ID_DADO_DE_BAJA(HttpStatus.FORBIDDEN),
    YA_REGISTRADO_EN_APP(HttpStatus.CONFLICT),
    CREDENCIAL_NO_BASE64(HttpStatus.BAD_REQUEST),
    CREDENCIAL_NO_ES_JPEG_PNG(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    CREDENCIAL_DEMASIADO_GRANDE(HttpStatus.PAYLOAD_TOO_LARGE),
    PLAZO_DE_REGISTRO_VENCIDO(HttpStatus.FORBIDDEN),
    // the CSV upload: the whole file, then one line
    ARCHIVO_VACIO(HttpStatus.BAD_REQUEST),
    ARCHIVO_DEMASIADO_GRANDE(HttpStatus.PAYLOAD_TOO_LARGE),
    ARCHIVO_NO_UTF8(HttpStatus.BAD_REQUEST),
    CSV_MAL_FORMADO(HttpStatus.BAD_REQUEST),
    ENCABEZADO_INVALIDO(HttpStatus.BAD_REQUEST),
    DEMASIADAS_FILAS(HttpStatus.PAYLOAD_TOO_LARGE),
    COLUMNAS_INCORRECTAS(HttpStatus.BAD_REQUEST),
    AUTENTICACION_DESCONOCIDA(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    AuxiliarRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
