package mx.captacion.auxiliares;

import java.util.Arrays;
import java.util.Optional;

import mx.captacion.platform.MessageBundle;

/**
 * Why an auxiliar was removed: seed table 5's causes, in its order, plus the expiry of an app
 * registration that never came. The INE review's causes are the platform's, not the actor's.
 */
public enum BajaCause {
    CAMBIO_DE_CORREO(false),
    CAMBIO_DE_TIPO_DE_AUTENTICACION(false),
    CAMBIO_DE_UBICACION(false),
    DATOS_INCORRECTOS(false),
    ERROR_EN_EL_PROCESO(false),
    NO_ESTA_EN_LISTA_NOMINAL(true),
    NO_LE_HA_LLEGADO_EL_CORREO(false),
    NO_PUEDE_ACCEDER(false),
    NO_RECUERDA_LA_CONTRASENA(false),
    SIN_ANVERSO_Y_REVERSO(true),
    YA_NO_TIENE_ACCESO(false),
    REGISTRO_EN_APP_VENCIDO(true);

    private final boolean ineOnly;

    BajaCause(boolean ineOnly) {
        this.ineOnly = ineOnly;
    }

    /**
     * The name people read, from the bundle ({@code auxiliares.causaDeBaja.<NAME>}); read as the API's problems are,
     * since views, mails and reports of other modules name it without a request at hand.
     */
    public String label() {
        return MessageBundle.text("auxiliares.causaDeBaja." + name());
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
