package mx.captacion.roll.internal;

import org.springframework.http.HttpStatus;

import mx.captacion.platform.Rejection;

/**
 * Why an import of the lista nominal, or one line of its file, is refused. The line refusals are
 * never an HTTP answer: their code and message go to the import's error report.
 */
public enum RollRejection implements Rejection {
    ENCABEZADO_INVALIDO(HttpStatus.BAD_REQUEST),
    ARCHIVO_VACIO(HttpStatus.BAD_REQUEST),
    RUTA_NO_PERMITIDA(HttpStatus.BAD_REQUEST),
    ARCHIVO_NO_ENCONTRADO(HttpStatus.NOT_FOUND),
    IMPORTACION_DESCONOCIDA(HttpStatus.NOT_FOUND),
    IMPORTACION_NO_INTERRUMPIDA(HttpStatus.CONFLICT),
    // one line of the file
    CODIFICACION_INVALIDA(HttpStatus.BAD_REQUEST),
    COMILLAS_SIN_CERRAR(HttpStatus.BAD_REQUEST),
    CAMPOS_INCORRECTOS(HttpStatus.BAD_REQUEST),
    CLAVE_ELECTOR_INVALIDA(HttpStatus.BAD_REQUEST),
    NOMBRE_FALTANTE(HttpStatus.BAD_REQUEST),
    APELLIDO_PATERNO_FALTANTE(HttpStatus.BAD_REQUEST),
    NOMBRE_DEMASIADO_LARGO(HttpStatus.BAD_REQUEST),
    FECHA_NACIMIENTO_INVALIDA(HttpStatus.BAD_REQUEST),
    SEXO_INVALIDO(HttpStatus.BAD_REQUEST),
    ENTIDAD_INVALIDA(HttpStatus.BAD_REQUEST),
    SECCION_INVALIDA(HttpStatus.BAD_REQUEST),
    ESTATUS_INVALIDO(HttpStatus.BAD_REQUEST),
    DATOS_NO_COINCIDEN(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    RollRejection(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
