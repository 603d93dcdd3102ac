package mx.captacion.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.platform.internal.TemporaryPasswordGate;

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
            throw PlatformRejection.CONTRASENA_ACTUAL_INCORRECTA.problem();
        }
        if (replacement == null || replacement.length() < MIN_LENGTH) {
            throw PlatformRejection.CONTRASENA_CORTA.problem(MIN_LENGTH);
        }
        if (!replacement.equals(confirmation)) {
            throw PlatformRejection.CONFIRMACION_DISTINTA.problem();
        }
        if (replacement.equals(current)) {
            throw PlatformRejection.CONTRASENA_SIN_CAMBIO.problem();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(replacement);
        identity.saveUser(user);
        identity.deleteUserInfo(userId, Users.TEMPORARY_PASSWORD);
    }
}
