package mx.captacion.platform;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who completes a user task, for the task listeners that record it: the assignee, else the user
 * the engine call runs as (a task completed unclaimed through Tasklist or the REST API has no
 * assignee), else nobody (a call from our own code).
 */
@Component
public class CompletingUser {

    private final IdentityService identityService;

    CompletingUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<String> of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return Optional.of(task.getAssignee());
        }
        return Optional.ofNullable(identityService.getCurrentAuthentication()).map(Authentication::getUserId);
    }
}
