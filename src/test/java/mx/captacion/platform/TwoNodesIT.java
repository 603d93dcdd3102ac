package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.captacion.CaptacionApplication;
import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;

/**
 * Two nodes on one database, as behind a load balancer without sticky sessions: a person signed
 * in on one node is still signed in when the next request lands on the other, in the portal and in
 * Tasklist (whose sign-in and CSRF token Camunda keeps in the same HTTP session), and signing out
 * on either ends the session on both. The second node is a second platform JVM on its own port; it
 * shares only the database with the first (sessions live in {@code captacion.spring_session}).
 */
class TwoNodesIT extends IntegrationTestBase {

    private static Process secondNode;
    private static URI secondNodeUri;

    /**
     * The second node is a JVM of its own, on this test run's classpath and configuration: Camunda
     * and Camel keep JVM-wide registries (engines, servlets) that a second platform in this JVM
     * would share with the first, and closing it left the first one's Tasklist API broken.
     */
    @BeforeAll
    static void startSecondNode() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "two-nodes-second-node.log");
        secondNode = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), CaptacionApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(secondNode::destroyForcibly));
        secondNodeUri = URI.create("http://localhost:" + port);
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            try {
                if (client.send(HttpRequest.newBuilder(secondNodeUri.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!secondNode.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("El segundo nodo no arrancó; ver " + log.toAbsolutePath());
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopSecondNode() throws InterruptedException {
        if (secondNode != null) {
            secondNode.destroy();
            if (!secondNode.waitFor(60, TimeUnit.SECONDS)) {
                secondNode.destroyForcibly();
            }
        }
    }

    private static URI secondNode() {
        return secondNodeUri;
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
