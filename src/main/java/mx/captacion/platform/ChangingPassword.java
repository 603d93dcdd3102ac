package mx.captacion.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user replaces their password, e.g. the temporary one a representative got by mail.
 * Replacing a mailed temporary password opens the rest of the platform to them ({@link TemporaryPasswordGate}).
 * The current one is checked first (Camunda counts a wrong one towards the account's lock-out).
 */
@Service
public class ChangingPassword {

    public static final int MIN_LENGTH = 10;

    private final IdentityService identity;

    ChangingPassword(IdentityService identity) {
        this.identity = identity;
    }

    @Transactional
    public void change(String userId, String current, String replacement, String confirmation) {
        if (current == null || !identity.checkPassword(userId, current)) {
            throw new ApiProblem("CONTRASENA_ACTUAL_INCORRECTA", 400, "La contraseña actual no es correcta.");
        }
        if (replacement == null || replacement.length() < MIN_LENGTH) {
            throw new ApiProblem("CONTRASENA_CORTA", 400,
                    "La nueva contraseña debe tener al menos " + MIN_LENGTH + " caracteres.");
        }
        if (!replacement.equals(confirmation)) {
            throw new ApiProblem("CONFIRMACION_DISTINTA", 400,
                    "La confirmación no coincide con la nueva contraseña.");
        }
        if (replacement.equals(current)) {
            throw new ApiProblem("CONTRASENA_SIN_CAMBIO", 400, "La nueva contraseña debe ser distinta de la actual.");
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(replacement);
        identity.saveUser(user);
        identity.deleteUserInfo(userId, Users.TEMPORARY_PASSWORD);
    }
}
