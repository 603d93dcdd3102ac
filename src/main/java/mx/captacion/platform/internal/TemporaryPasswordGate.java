package mx.captacion.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.PlatformRejection;
import mx.captacion.platform.Users;

/**
 * A person still signed in with the password that was mailed to them ({@link Users#ensureWithTemporaryPassword})
 * reaches the password page, the sign-out and the static files only: every other page sends them to
 * {@code /cuenta/contrasena}, every API answers 403 {@code CONTRASENA_TEMPORAL}. Runs after Spring
 * Security (a servlet filter of its own, after every chain) on the user it authenticated; a session
 * that has shown its user has a chosen password is not asked again.
 */
@Component
public class TemporaryPasswordGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/cuenta/contrasena";
    /** Set on the password page's request, so the page says why the person is there. */
    static final String PENDING_ATTRIBUTE = "contrasenaTemporal";
    private static final String CHOSEN = TemporaryPasswordGate.class.getName() + ".elegida";

    private static final RequestMatcher ALWAYS_OPEN = anyOf("/login", "/logout", "/error", "/favicon.ico",
            "/css/**", "/js/**", "/webjars/**");
    private static final RequestMatcher APIS = anyOf("/api/**", "/engine-rest/**", "/camunda/api/**");
    private static final RequestMatcher THE_PASSWORD_PAGE = anyOf(PASSWORD_PAGE);

    private final IdentityService identity;
    private final ObjectMapper json;

    TemporaryPasswordGate(IdentityService identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
                || ALWAYS_OPEN.matches(request) || !pending(user.getName(), request.getSession(false))) {
            chain.doFilter(request, response);
            return;
        }
        if (THE_PASSWORD_PAGE.matches(request)) {
            request.setAttribute(PENDING_ATTRIBUTE, true);
            chain.doFilter(request, response);
        } else if (APIS.matches(request)) {
            ApiProblem problem = PlatformRejection.CONTRASENA_TEMPORAL.problem(PASSWORD_PAGE);
            response.setStatus(problem.httpStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(problem.body()));
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private boolean pending(String user, HttpSession session) {
        if (session != null && user.equals(session.getAttribute(CHOSEN))) {
            return false;
        }
        boolean pending = Users.hasTemporaryPassword(identity, user);
        if (!pending && session != null) {
            session.setAttribute(CHOSEN, user);
        }
        return pending;
    }

    private static RequestMatcher anyOf(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(List.of(patterns).stream().<RequestMatcher>map(paths::matcher).toList());
    }
}
