package mx.captacion.platform;

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
 * service (salted SHA-512 hashes, with its lock-out after repeated failures) and takes the user's
 * groups as authorities, so portal, API and Tasklist agree on who is who.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null || !identityService.checkPassword(user, password.toString())) {
            throw new BadCredentialsException("Usuario o contraseña incorrectos.");
        }
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
