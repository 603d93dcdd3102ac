package mx.captacion.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates a user of the one user store (Camunda's identity service) with its groups, once. */
public final class Users {

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
}
