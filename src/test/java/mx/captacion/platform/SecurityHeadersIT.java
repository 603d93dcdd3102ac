package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;
import mx.captacion.platform.internal.SecurityConfiguration;

/**
 * Every answer says what a browser may do with it: the portal's pages run only the platform's own
 * scripts (Content-Security-Policy), Camunda's webapps keep their own policy, the API's JSON may run
 * nothing; no page tells other sites where it was; and the session cookie is {@code Secure} exactly
 * when the request came over HTTPS (here: through a trusted proxy saying so).
 */
class SecurityHeadersIT extends IntegrationTestBase {

    @Test
    void aPortalPageRunsOnlyThePlatformsOwnScripts() {
        ensureReviewerAndAnalyst();
        HttpResponse<String> page = PortalSession.signedIn(uri(""), ANALYST, PASSWORD).get("/avance");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.PORTAL_CSP);
        assertThat(page.body()).doesNotContain("<script>", "style=\"", "onclick=");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(send(HttpRequest.newBuilder(uri("/login")).GET().build()).headers()
                .allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.PORTAL_CSP);
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicy() {
        ensureReviewerAndAnalyst();
        HttpResponse<String> tasklist = PortalSession.signedIn(uri(""), REVIEWER, PASSWORD).get("/camunda/app/tasklist/default/");

        assertThat(tasklist.statusCode()).isEqualTo(200);
        // one policy, Camunda's (Tasklist needs its nonce'd inline scripts and eval), not the portal's
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("'unsafe-eval'", "'nonce-").isNotEqualTo(SecurityConfiguration.PORTAL_CSP);
        assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(tasklist.headers().firstValue("Permissions-Policy")).hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
    }

    @Test
    void anApiAnswerMayRunNothing() {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/mi-apoyo/MA-2222-3333-4444?verificacion=1234"))
                .GET().build());
        ensureReviewerAndAnalyst();
        HttpResponse<String> engine = get("/engine-rest/task?maxResults=1", REVIEWER);

        for (HttpResponse<String> answer : new HttpResponse[] {refused, engine}) {
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).contains("json");
            assertThat(answer.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.API_CSP);
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theSessionCookieIsSecureOnlyOverHttps() {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        // a TLS-terminating proxy on a trusted address (loopback here) tells the scheme it was reached by
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build());

        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("secure").containsIgnoringCase("HttpOnly");
        assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("Sin cookie de sesión: " + response.headers().map()));
    }
}
