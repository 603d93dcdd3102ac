package mx.captacion.platform;

import java.security.SecureRandom;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates a user of the one user store (Camunda's identity service) with its groups, once. */
public final class Users {

    // Without look-alikes (0/O, 1/l/I), since people type it from a mail.
    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int TEMPORARY_PASSWORD_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Users() {
    }

    /** Creates the user unless it exists; returns whether it was created. */
    public static boolean ensure(IdentityService identity, String id, String firstName, String lastName,
                                 String password, List<String> groups) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return false;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(password);
        identity.saveUser(user);
        groups.forEach(group -> identity.createMembership(id, group));
        return true;
    }

    /** A random password for a new account; its owner replaces it at /cuenta/contrasena. */
    public static String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_PASSWORD_LENGTH);
        for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }
}
