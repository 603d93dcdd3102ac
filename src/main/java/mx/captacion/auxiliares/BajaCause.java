package mx.captacion.auxiliares;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an auxiliar was removed: seed table 5's causes, in its order, plus the expiry of an app
 * registration that never came. The INE review's causes are the platform's, not the actor's.
 */
public enum BajaCause {
    CAMBIO_DE_CORREO("Cambio de correo", false),
    CAMBIO_DE_TIPO_DE_AUTENTICACION("Cambio de tipo de autenticación", false),
    CAMBIO_DE_UBICACION("Cambio de ubicación", false),
    DATOS_INCORRECTOS("Datos incorrectos", false),
    ERROR_EN_EL_PROCESO("Error en el proceso", false),
    NO_ESTA_EN_LISTA_NOMINAL("Los datos registrados del auxiliar no se encuentran en lista nominal (revisión INE)", true),
    NO_LE_HA_LLEGADO_EL_CORREO("No le ha llegado el correo", false),
    NO_PUEDE_ACCEDER("No puede acceder", false),
    NO_RECUERDA_LA_CONTRASENA("No recuerda la contraseña", false),
    SIN_ANVERSO_Y_REVERSO("Sin anverso y reverso de credencial de elector (revisión INE)", true),
    YA_NO_TIENE_ACCESO("Ya no tiene acceso", false),
    REGISTRO_EN_APP_VENCIDO("No se registró en la aplicación dentro del plazo", true);

    private final String label;
    private final boolean ineOnly;

    BajaCause(String label, boolean ineOnly) {
        this.label = label;
        this.ineOnly = ineOnly;
    }

    public String label() {
        return label;
    }

    /** The cause whose code (its name) is exactly {@code code}; none for a blank or unknown one. */
    public static Optional<BajaCause> byCode(String code) {
        return Arrays.stream(values()).filter(cause -> cause.name().equals(code)).findFirst();
    }

    /** Causes only the platform or INE staff give; a representative chooses among the others. */
    public boolean ineOnly() {
        return ineOnly;
    }
}
