package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import mx.captacion.CaptacionApplication;
import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;

/**
 * Two nodes on one database, as behind a load balancer without sticky sessions: a person signed
 * in on one node is still signed in when the next request lands on the other, in the portal and in
 * Tasklist (whose sign-in and CSRF token Camunda keeps in the same HTTP session), and signing out
 * on either ends the session on both. The second node is a second application context in this JVM
 * on its own port; it shares only the database (sessions live in {@code captacion.spring_session}).
 */
class TwoNodesIT extends IntegrationTestBase {

    private static ConfigurableApplicationContext secondNode;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(CaptacionApplication.class)
                .profiles("test")
                .properties(Map.of(
                        "server.port", "0",
                        // one JVM holds both: Camunda and Camel register their engine, context and servlet by name
                        "camunda.bpm.generate-unique-process-engine-name", "true",
                        "camunda.bpm.generate-unique-process-application-name", "true",
                        "camel.main.name", "captacion-nodo-2",
                        "camel.servlet.mapping.servlet-name", "CamelServletNodo2",
                        "camel.component.servlet.servlet-name", "CamelServletNodo2"))
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private static URI secondNode() {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) secondNode).getWebServer().getPort());
    }

    @Test
    void aPortalSignInOnOneNodeHoldsOnTheOtherUntilSignedOutOnEither() {
        ensureReviewerAndAnalyst();
        PortalSession first = PortalSession.signedIn(uri(""), ANALYST, PASSWORD);
        assertThat(first.get("/avance").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from captacion.spring_session where principal_name = ?",
                Integer.class, ANALYST)).isPositive();

        String session = first.cookie("JSESSIONID").orElseThrow();
        assertThat(withCookie(uri("/avance"), session).statusCode()).as("the cookie alone opens the page").isEqualTo(200);

        PortalSession second = first.on(secondNode());
        HttpResponse<String> page = second.get("/avance");

        assertThat(page.statusCode()).as("the second node knows the session").isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        // a form signed with the token the first node gave: the CSRF token is in the shared session too
        HttpResponse<String> signedOut = second.post("/logout", Map.of());
        // 302 to /login?salida for a browser, 204 for a client that does not ask for HTML; 403 without the token
        assertThat(signedOut.statusCode()).isIn(204, 302);

        // the old cookie, as a second tab or a stolen copy would still send it, opens nothing on the first node
        HttpResponse<String> afterwards = withCookie(uri("/avance"), session);
        assertThat(afterwards.statusCode()).as("signed out on one node, out on both").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aTasklistSignInOnOneNodeWorksOnTheOther() {
        ensureReviewerAndAnalyst();
        PortalSession first = PortalSession.signedIn(uri(""), REVIEWER, PASSWORD);
        assertThat(first.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = first.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(body(user).path("userId").asText()).isEqualTo(REVIEWER);
        // Camunda's webapp sign-in and its CSRF token, serialized into the shared session
        assertThat(jdbc.queryForList("""
                select a.attribute_name from captacion.spring_session s
                join captacion.spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = ?""", String.class, REVIEWER))
                .contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");
        String xsrf = first.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("Tasklist sin XSRF-TOKEN"));

        PortalSession second = first.on(secondNode());
        HttpResponse<String> sameUser = second.get("/camunda/api/admin/auth/user/default");
        assertThat(sameUser.statusCode()).isEqualTo(200);
        assertThat(body(sameUser).path("userId").asText()).isEqualTo(REVIEWER);
        assertThat(body(sameUser).path("authorizedApps").toString()).contains("tasklist");
        // Tasklist's task query is a POST: the second node checks it against the token the first one issued
        HttpRequest.Builder query = HttpRequest.newBuilder().header("Content-Type", "application/json")
                .header("Origin", secondNode().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> tasks = second.send(query.copy().header("X-XSRF-TOKEN", xsrf), "/camunda/api/engine/engine/default/task");
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(body(tasks).isArray()).isTrue();
        assertThat(second.send(query.copy().header("X-XSRF-TOKEN", "otro"), "/camunda/api/engine/engine/default/task")
                .statusCode()).as("the token is checked, not ignored").isEqualTo(403);
    }

    private HttpResponse<String> withCookie(URI page, String session) {
        return send(HttpRequest.newBuilder(page).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html").GET().build());
    }
}
