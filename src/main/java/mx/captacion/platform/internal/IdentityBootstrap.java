package mx.captacion.platform.internal;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import mx.captacion.platform.Roles;
import mx.captacion.platform.Users;

/**
 * Makes sure the platform's groups exist in every environment and, when
 * {@code captacion.admin.user}/{@code captacion.admin.password} are set (first start of a new
 * installation, benchmarks), that this administrator exists as an operator: Camunda's
 * ({@code camunda-admin}) and INE's ({@code ine-admin}), who create the other accounts. Not a
 * representative nor a Tasklist worker: the home page would send it to an organization's portal,
 * and it would be offered every group's tasks. Other users are created by people (or by the demo).
 */
@Component
class IdentityBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final PlatformSettings.Admin admin;

    IdentityBootstrap(IdentityService identityService, PlatformSettings settings) {
        this.identityService = identityService;
        this.admin = settings.admin();
    }

    @Override
    public void afterPropertiesSet() {
        for (Roles.Group role : Roles.ALL) {
            if (identityService.createGroupQuery().groupId(role.id()).count() == 0) {
                Group group = identityService.newGroup(role.id());
                group.setName(role.name());
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        }
        if (admin.isSet() && Users.ensure(identityService, admin.user(), "Administración", "Captación",
                admin.password(), List.of(Roles.CAMUNDA_ADMIN, Roles.INE_ADMIN))) {
            log.info("Se creó el usuario administrador '{}'", admin.user());
        }
    }
}
