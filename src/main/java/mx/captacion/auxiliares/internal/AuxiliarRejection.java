package mx.captacion.auxiliares.internal;

import mx.captacion.platform.ApiProblem;

/** Why an alta, a baja or an app registration is refused; nothing is stored when it is. */
public enum AuxiliarRejection {
    DATO_INVALIDO(400, "El campo '%s' %s."),
    CORREO_YA_REGISTRADO(409, "Ya existe un auxiliar activo con el correo %s (%s). Si cambió de correo, dé de baja el anterior."),
    AUXILIAR_DESCONOCIDO(404, "No existe el auxiliar '%s' para su organización."),
    AUXILIAR_YA_DADO_DE_BAJA(409, "El auxiliar '%s' ya fue dado de baja; para volver a registrarlo haga una nueva alta."),
    CAUSA_SOLO_INE(403, "La causa «%s» solo la asigna el INE."),
    ID_DESCONOCIDO(404, "El ID de auxiliar '%s' no existe. Revise el correo con el que se le dio de alta."),
    ID_DADO_DE_BAJA(403, "El ID de auxiliar '%s' fue dado de baja y ya no es válido. Pida a su representante una nueva alta."),
    YA_REGISTRADO_EN_APP(409, "El auxiliar '%s' ya se registró en la aplicación. Si cambió de dispositivo, pida a su representante una baja y una nueva alta."),
    CREDENCIAL_NO_BASE64(400, "La imagen del %s de la credencial no está codificada en base64."),
    CREDENCIAL_NO_ES_JPEG_PNG(415, "La imagen del %s de la credencial no es JPEG ni PNG."),
    CREDENCIAL_DEMASIADO_GRANDE(413, "La imagen del %s de la credencial excede el tamaño máximo de %d KB."),
    PLAZO_DE_REGISTRO_VENCIDO(403, "El plazo para registrarse en la aplicación con el ID '%s' venció. Pida a su representante una nueva alta."),
    // the CSV upload: the whole file, then one line
    ARCHIVO_VACIO(400, "El archivo está vacío o no se adjuntó."),
    ARCHIVO_DEMASIADO_GRANDE(413, "El archivo excede el tamaño máximo de %d KB; divídalo en varios."),
    ARCHIVO_NO_UTF8(400, "El archivo no está codificado en UTF-8; guárdelo como «CSV UTF-8» e inténtelo de nuevo."),
    CSV_MAL_FORMADO(400, "El archivo no es un CSV válido: revise las comillas cerca de la línea %d."),
    ENCABEZADO_INVALIDO(400, "La primera línea debe ser el encabezado nombre,correo,autenticacion; se encontró «%s»."),
    DEMASIADAS_FILAS(413, "El archivo tiene %d filas; el máximo por carga es %d. Divídalo en varios."),
    COLUMNAS_INCORRECTAS(400, "La línea tiene %d columnas; se esperaban 3 (nombre, correo, autenticacion)."),
    AUTENTICACION_DESCONOCIDA(400, "El tipo de autenticación «%s» no existe; use CORREO, GOOGLE o FACEBOOK.");

    private final int httpStatus;
    private final String template;

    AuxiliarRejection(int httpStatus, String template) {
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public ApiProblem problem(Object... args) {
        return new ApiProblem(name(), httpStatus, template.formatted(args));
    }
}
