package mx.captacion.records.internal;

import mx.captacion.records.ImageKind;

/** What the automated processing finds in a record for the reviewer to look at, each with its Spanish message template. */
public enum FindingCode {
    CLAVE_ELECTOR_MAL_FORMADA("La clave de elector falta o no tiene el formato de 18 caracteres "
            + "(6 letras, fecha AAMMDD, entidad, sexo H/M/X y 3 dígitos)"),
    CLAVE_ELECTOR_NO_COINCIDE_NOMBRE("La clave de elector no corresponde al nombre capturado (se esperaba %s…)"),
    CLAVE_ELECTOR_NO_COINCIDE_FECHA(
            "La fecha de nacimiento de la clave de elector (%s) no coincide con la capturada (%s)"),
    CLAVE_ELECTOR_NO_COINCIDE_SEXO("El sexo de la clave de elector (%s) no coincide con el capturado (%s)"),
    CURP_MAL_FORMADA("La CURP falta o no tiene un formato válido de 18 caracteres"),
    CURP_DIGITO_VERIFICADOR_INVALIDO("El dígito verificador de la CURP no es válido (se esperaba %s)"),
    CURP_NO_COINCIDE_NOMBRE("La CURP no corresponde al nombre capturado "
            + "(se esperaba %s… en las posiciones 1 a 4 y %s en las posiciones 14 a 16)"),
    CURP_NO_COINCIDE_FECHA("La fecha de nacimiento de la CURP (%s) no coincide con la capturada (%s)"),
    CURP_NO_COINCIDE_SEXO("El sexo de la CURP (%s) no coincide con el capturado (%s)"),
    CURP_Y_CLAVE_ENTIDAD_DISTINTA(
            "La entidad de nacimiento de la CURP (%s) no coincide con la de la clave de elector (%s)"),
    CREDENCIAL_SIN_VIGENCIA("La credencial perdió vigencia el %s"),
    IMAGEN_FALTANTE("Falta la imagen: %s"),
    IMAGEN_NO_LEGIBLE("La imagen no es legible (muy pequeña o dañada): %s"),
    IMAGEN_REUTILIZADA("Posible fraude: %s igual o casi igual a la de otro ciudadano en el registro %s");

    private final String template;

    FindingCode(String template) {
        this.template = template;
    }

    public String message(Object... args) {
        return template.formatted(args);
    }

    public Finding finding(Object... args) {
        return new Finding(this, message(args));
    }

    /** A finding about one of the record's images. */
    public Finding about(ImageKind image) {
        return new Finding(this, message(image.label()), image);
    }
}
