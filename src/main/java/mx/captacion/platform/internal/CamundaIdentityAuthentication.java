package mx.captacion.platform.internal;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One user store for everything: Spring Security checks passwords against Camunda's identity
 * service (salted SHA-512 hashes; {@link LoginAttempts} locks a user after repeated failures) and takes the user's
 * groups as authorities, so portal, API and Tasklist agree on who is who.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginAttempts attempts;

    CamundaIdentityAuthentication(IdentityService identityService, LoginAttempts attempts) {
        this.identityService = identityService;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null) {
            throw new BadCredentialsException("Usuario o contraseña incorrectos.");
        }
        attempts.checkNotLocked(user);
        if (!identityService.checkPassword(user, password.toString())) {
            attempts.failed(user);
            throw new BadCredentialsException("Usuario o contraseña incorrectos.");
        }
        attempts.succeeded(user);
        List<GrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(group.getId()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
