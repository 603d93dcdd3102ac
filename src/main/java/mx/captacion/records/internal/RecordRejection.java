package mx.captacion.records.internal;

import mx.captacion.platform.ApiProblem;

/**
 * Why the mobile API refuses a record: the code is stable for the app, the message tells the
 * person what to do. Nothing is stored when a record is refused.
 */
public enum RecordRejection {
    CONTENIDO_NO_JSON(415, "La solicitud debe enviarse como JSON (encabezado Content-Type: application/json)."),
    SOLICITUD_DEMASIADO_GRANDE(413, "La solicitud excede el tamaño máximo de %d MB."),
    CAMPO_FALTANTE(400, "Falta el campo '%s': %s."),
    FORMATO_INVALIDO(400, "El campo '%s' %s."),
    AUXILIAR_REQUERIDO(400, "Un registro capturado por un auxiliar debe incluir 'auxiliarId'."),
    AUXILIAR_NO_PERMITIDO(400, "Un registro de Mi Apoyo no lleva 'auxiliarId'."),
    PROCESO_DESCONOCIDO(422, "No existe el proceso de captación '%s'."),
    ACTOR_DESCONOCIDO(422, "No existe el actor político con folio '%s'."),
    ACTOR_FUERA_DEL_PROCESO(422, "El actor político '%s' no participa en el proceso '%s'."),
    AUXILIAR_DESCONOCIDO(422, "No existe el auxiliar '%s'. Verifique el ID que recibió por correo."),
    AUXILIAR_DE_OTRO_ACTOR(422, "El auxiliar '%s' no está registrado para el actor político '%s'."),
    AUXILIAR_INACTIVO(403, "El auxiliar '%s' no puede enviar registros: %s."),
    TOKEN_FALTANTE(401, "Falta el token del dispositivo (encabezado X-Device-Token). Cierre sesión y vuelva a ingresar en la aplicación con su ID de auxiliar."),
    AUXILIAR_IDENTIFICADO_INCORRECTAMENTE(401, "Auxiliar identificado incorrectamente: el token del dispositivo no corresponde al auxiliar '%s'. Cierre sesión y vuelva a ingresar con su ID; si el problema continúa, pida a su representante una baja y una nueva alta."),
    CAPTURA_FUERA_DE_PERIODO(422, "La captura del %s está fuera del periodo del proceso (%s al %s)."),
    CAPTURA_EN_EL_FUTURO(422, "La fecha de captura %s es posterior a la hora del servidor; revise la hora del dispositivo."),
    IMAGEN_NO_BASE64(400, "La imagen del %s no está codificada en base64."),
    IMAGEN_NO_ES_JPEG_PNG(415, "La imagen del %s no es JPEG ni PNG."),
    IMAGEN_DEMASIADO_GRANDE(413, "La imagen del %s excede el tamaño máximo de %d KB."),
    IMAGEN_DEMASIADOS_PIXELES(413, "La imagen del %s mide %d × %d píxeles; el máximo es de %d megapíxeles. Tómela de nuevo con menor resolución."),
    /** Says nothing of the record that has the id: only its sender may learn it by resending. */
    ENVIO_YA_USADO(409, "El identificador de envío (submissionId) ya corresponde a otro envío. Genere uno nuevo y vuelva a enviar el registro."),
    REGISTRO_NO_ENCONTRADO(404, "No existe el registro '%s'.");

    private final int httpStatus;
    private final String template;

    RecordRejection(int httpStatus, String template) {
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public ApiProblem problem(Object... args) {
        return new ApiProblem(name(), httpStatus, template.formatted(args));
    }

    public int httpStatus() {
        return httpStatus;
    }
}
