package mx.captacion.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Makes sure the platform's groups exist in every environment; users are created by people (or the demo). */
@Component
class IdentityBootstrap implements InitializingBean {

    private final IdentityService identityService;

    IdentityBootstrap(IdentityService identityService) {
        this.identityService = identityService;
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
    }
}
