package mx.captacion.platform.internal;

import static mx.captacion.platform.Roles.AUDIENCIA;
import static mx.captacion.platform.Roles.CAMUNDA_ADMIN;
import static mx.captacion.platform.Roles.INETEL;
import static mx.captacion.platform.Roles.INE_ADMIN;
import static mx.captacion.platform.Roles.MATO;
import static mx.captacion.platform.Roles.MESA_CONTROL;
import static mx.captacion.platform.Roles.REPRESENTANTE;
import static mx.captacion.platform.Roles.REVISION_AUXILIARES;
import static mx.captacion.platform.Roles.SOPORTE_TECNICO;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for the portal, the API docs, Tasklist/Cockpit and the REST API. Camunda's own
 * filters only take over the user Spring Security already authenticated.
 */
@Configuration
public class SecurityConfiguration {

    /** Machine clients: HTTP Basic, no session, no CSRF (no cookie to forge with). */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(paths(null, "/api/**", "/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        // Mobile ingestion; the auxiliar's device token arrives with the auxiliar lifecycle.
                        .requestMatchers(paths(HttpMethod.POST, "/api/v1/records", "/api/v1/records/")).permitAll()
                        .requestMatchers(paths(HttpMethod.GET, "/api/v1/records/*")).permitAll()
                        // The app's first sign-in: the auxiliar ID is the credential; it answers the device token.
                        .requestMatchers(paths(HttpMethod.POST, "/api/v1/auxiliares/registro")).permitAll()
                        // Mi Apoyo: a citizen looks up their record by receipt code (LookingUpReceipt guards guessing)
                        .requestMatchers(paths(HttpMethod.GET, "/api/v1/mi-apoyo/**")).permitAll()
                        // garantía de audiencia: a representative's own actor (ActorAccess refuses another folio)
                        .requestMatchers(paths(null, "/api/v1/actors/*/audiencia", "/api/v1/actors/*/audiencia/**")).hasAuthority(REPRESENTANTE)
                        .requestMatchers(paths(null, "/api/v1/actors/**")).hasAnyAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/api/v1/processes/**")).hasAnyAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/api/v1/roll/**", "/api/v1/compulsa/**")).hasAnyAuthority(INE_ADMIN)
                        // the bitácora of who saw whose personal data
                        .requestMatchers(paths(null, "/api/v1/bitacora", "/api/v1/bitacora.csv")).hasAuthority(INE_ADMIN)
                        // the retention of personal data: holds, own periods, the purge log
                        .requestMatchers(paths(null, "/api/v1/retencion", "/api/v1/retencion/**")).hasAuthority(INE_ADMIN)
                        // the intake of received records: its backlog, and the records it held back after failing
                        .requestMatchers(paths(null, "/api/v1/ingreso", "/api/v1/ingreso/**")).hasAnyAuthority(INE_ADMIN, SOPORTE_TECNICO, CAMUNDA_ADMIN)
                        // help desk: calls by INETEL and the MATO; search and reports by the MATO and INE staff
                        .requestMatchers(paths(HttpMethod.POST, "/api/v1/mesa-ayuda/llamadas")).hasAnyAuthority(MATO, INETEL)
                        .requestMatchers(paths(null, "/api/v1/mesa-ayuda/**")).hasAnyAuthority(MATO, INE_ADMIN)
                        // Inside, the engine's own authorizations decide what each group sees and does
                        // (EngineAuthorizations); the two calls they cannot guard are operators'.
                        .requestMatchers(beyondEngineAuthorizations("/engine-rest", "/engine-rest/engine/*")).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers(paths(null, "/engine-rest/**")).hasAnyAuthority(MESA_CONTROL, REVISION_AUXILIARES, AUDIENCIA, MATO, SOPORTE_TECNICO, CAMUNDA_ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    /** People in browsers: form login, session, CSRF (Camunda's webapps bring their own CSRF filter). */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths(null, "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health")).permitAll()
                        // Mi Apoyo: citizens send and look up their own record without an account
                        .requestMatchers(paths(null, "/mi-apoyo", "/mi-apoyo/**")).permitAll()
                        .requestMatchers(paths(null, "/camunda/api/admin/auth/**")).authenticated()
                        .requestMatchers(paths(null, "/camunda/app/cockpit/**", "/camunda/api/cockpit/**",
                                "/camunda/app/admin/**", "/camunda/api/admin/**")).hasAuthority(CAMUNDA_ADMIN)
                        // the same engine API behind Tasklist: see apiSecurity
                        .requestMatchers(beyondEngineAuthorizations("/camunda/api/engine/engine/*")).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers(paths(null, "/camunda/**")).hasAnyAuthority(MESA_CONTROL, REVISION_AUXILIARES, AUDIENCIA, MATO, SOPORTE_TECNICO, CAMUNDA_ADMIN)
                        .requestMatchers(paths(null, "/mesa-ayuda/llamadas", "/mesa-ayuda/llamadas/**")).hasAnyAuthority(MATO, INETEL)
                        .requestMatchers(paths(null, "/mesa-ayuda/informes", "/mesa-ayuda/informes/**")).hasAnyAuthority(MATO, INE_ADMIN)
                        .requestMatchers(paths(null, "/mesa-ayuda", "/mesa-ayuda/**")).hasAnyAuthority(MATO, INETEL, SOPORTE_TECNICO, INE_ADMIN)
                        .requestMatchers(paths(null, "/audiencia/**")).hasAnyAuthority(AUDIENCIA)
                        .requestMatchers(paths(null, "/mesa-control/**")).hasAnyAuthority(MESA_CONTROL)
                        .requestMatchers(paths(null, "/revision-auxiliares/**")).hasAnyAuthority(REVISION_AUXILIARES)
                        .requestMatchers(paths(null, "/avance/**")).hasAnyAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/correos/**")).hasAnyAuthority(INE_ADMIN, CAMUNDA_ADMIN)
                        .requestMatchers(paths(null, "/procesos/**")).hasAnyAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/padron", "/padron/**", "/compulsa", "/compulsa/**")).hasAnyAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/bitacora", "/bitacora/**")).hasAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/retencion", "/retencion/**")).hasAuthority(INE_ADMIN)
                        .requestMatchers(paths(null, "/cuenta/**")).authenticated()
                        // a representative reaches its organization's portal and nothing else
                        .requestMatchers(paths(null, "/organizacion", "/organizacion/**")).hasAuthority(REPRESENTANTE)
                        .requestMatchers(paths(HttpMethod.GET, "/")).authenticated()
                        // the API documentation and the actuator's other endpoints: staff, not representatives
                        .requestMatchers(paths(null, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/api-docs",
                                "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator", "/actuator/**"))
                        .access(notRepresentative())
                        // Every area a role may not enter is named above; what is left exists for everyone signed
                        // in or does not exist, and an address that does not exist answers 404 to every role.
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?salida"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths(null, "/camunda/**")))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * The portal's pages run only the platform's own scripts and style sheets (ECharts from its
     * WebJar, {@code /js/*.js}; our templates have no inline script, handler or style attribute): an
     * injected {@code <script>} or {@code <style>} does nothing. Style attributes are allowed
     * ({@code style-src-attr}) because ECharts styles its SVG and its tooltip with them; they cannot
     * run code. Images may be {@code data:}/{@code blob:} (Mi Apoyo's previews and shrunk photos,
     * Swagger UI's icons). Camunda's webapps need inline scripts and eval and send their own policy
     * ({@code camunda.bpm.webapp.header-security}), so ours stays off {@code /camunda/**}.
     */
    public static final String PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Swagger UI ({@code /api-docs}, signed-in users) adds {@code <style>} elements of its own while it draws. */
    static final String API_DOCS_CSP = PORTAL_CSP.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    /** An API answer is data, never a page: nothing in it may load or run, nor be framed. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** Only Mi Apoyo asks for the location; nothing asks for the camera (a file input opens it) or the microphone. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.sameOrigin())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(paths(null, "/swagger-ui/**")),
                        new ContentSecurityPolicyHeaderWriter(API_DOCS_CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(paths(null, "/camunda/**", "/swagger-ui/**"))),
                        new ContentSecurityPolicyHeaderWriter(PORTAL_CSP)))
                // URLs carry folios and ticket numbers: other sites learn nothing from a link followed
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** Any signed-in user but a representative (whose portal is {@code /organizacion} only). */
    private static AuthorizationManager<RequestAuthorizationContext> notRepresentative() {
        return (authentication, context) -> {
            Authentication user = authentication.get();
            boolean allowed = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                    && user.getAuthorities().stream().noneMatch(a -> REPRESENTANTE.equals(a.getAuthority()));
            return new AuthorizationDecision(allowed);
        };
    }

    /**
     * Two engine calls the engine's authorizations cannot guard, kept to operators: Camunda's
     * password check ({@code POST …/identity/verify}) answers whether any user's password is right,
     * with no authorization check and past the platform's count of failed sign-ins
     * ({@link LoginAttempts}), a guessing oracle for anyone signed in; and the list of variable
     * instances, which would hand a group every form of its tasks (the citizens' data) in one call, a
     * bulk read no reviewer needs. Tasklist uses neither; operators' reads are logged
     * (accesslog.EngineVariableViews).
     */
    private static RequestMatcher beyondEngineAuthorizations(String... prefixes) {
        return new OrRequestMatcher(Stream.of(prefixes).flatMap(prefix -> Stream.of(paths(null,
                prefix + "/identity/verify", prefix + "/variable-instance", prefix + "/variable-instance/**"))).toList());
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        return takingOverSpringUser(new ContainerBasedAuthenticationFilter(), "/camunda/*");
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        return takingOverSpringUser(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
    }

    /** A Camunda authentication filter that runs after Spring Security and takes its user. */
    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> takingOverSpringUser(F filter,
                                                                                                   String urlPattern) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityCamundaAuthentication.class.getName()));
        registration.addUrlPatterns(urlPattern);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Path patterns, not MVC patterns: the Camel servlet and Camunda's Jersey servlets sit beside
     * Spring MVC's, so "which servlet" must not matter to a rule.
     */
    private static RequestMatcher[] paths(HttpMethod method, String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = builder.matcher(method, patterns[i]);
        }
        return matchers;
    }
}
