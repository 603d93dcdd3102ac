package mx.captacion.platform.internal;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ChangingPassword;

/**
 * Camunda's default authorizations but one: a new user may read their own account, not change it.
 * The engine's default lets every user edit their profile and set any password through the engine
 * API (Camunda's password policy is off), which would skip the platform's own rules for passwords
 * ({@link ChangingPassword}, at {@code /cuenta/contrasena}).
 */
@Component
class OwnAccountReadOnly extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                AuthorizationEntity ownAccount = createGrantAuthorization(user.getId(), null, Resources.USER,
                        user.getId(), Permissions.READ);
                return new AuthorizationEntity[] {ownAccount};
            }
        });
    }
}
