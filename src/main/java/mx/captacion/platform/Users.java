package mx.captacion.platform;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import mx.captacion.platform.internal.TemporaryPasswordGate;

/** Creates a user of the one user store (Camunda's identity service) with its groups, once. */
public final class Users {

    // Without look-alikes (0/O, 1/l/I), since people type it from a mail.
    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int TEMPORARY_PASSWORD_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Camunda user info marking an account whose password was mailed: until its owner replaces it,
     * {@link TemporaryPasswordGate} lets them reach only the password page.
     */
    static final String TEMPORARY_PASSWORD = "captacion.contrasena-temporal";

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

    /**
     * Creates the user unless it exists, with a random password its owner must replace at the first
     * sign-in; returns that password (to mail), or empty when the user existed.
     */
    public static Optional<String> ensureWithTemporaryPassword(IdentityService identity, String id,
                                                                         String firstName, String lastName,
                                                                         List<String> groups) {
        String password = temporaryPassword();
        if (!ensure(identity, id, firstName, lastName, password, groups)) {
            return Optional.empty();
        }
        identity.setUserInfo(id, TEMPORARY_PASSWORD, "true");
        return Optional.of(password);
    }

    /** Whether the user still has the password that was mailed to them. */
    public static boolean hasTemporaryPassword(IdentityService identity, String id) {
        return identity.getUserInfo(id, TEMPORARY_PASSWORD) != null;
    }

    /** A random password for a new account; its owner replaces it at /cuenta/contrasena. */
    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_PASSWORD_LENGTH);
        for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }
}
