package mx.captacion.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.IntegrationTestBase;
import mx.captacion.MailServer;

/** The outbox on PostgreSQL delivering through a real SMTP server (GreenMail), its failures, and /correos. */
class MailOutboxIT extends IntegrationTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Mails mails;
    @Autowired
    TransactionTemplate transaction;

    private String recipient;

    @BeforeEach
    void setUp() {
        ensureReviewerAndAnalyst();
        recipient = "rep-" + UUID.randomUUID() + "@captacion.example";
    }

    private void queueBaja(String to) {
        mails.queue(to, "auxiliar-baja", Map.of("representante", "Rosa Méndez", "actor", "Agrupación Ñandú",
                "auxiliarId", "AUX-0009999", "nombre", "José Pérez", "causa", "Datos incorrectos"));
    }

    private Map<String, Object> row(String to) {
        return jdbc.queryForMap("select * from captacion.mail_outbox where recipient = ?", to);
    }

    private int rows(String to) {
        return jdbc.queryForObject("select count(*) from captacion.mail_outbox where recipient = ?", Integer.class, to);
    }

    @Test
    void aQueuedMailArrivesThroughSmtpAndOnlyWhoAndWhatAreKept() throws Exception {
        queueBaja(recipient);

        await().atMost(PATIENCE).until(() -> MailServer.messagesTo(recipient).size() == 1);
        MimeMessage mail = MailServer.messagesTo(recipient).get(0);
        assertThat(mail.getSubject()).isEqualTo("Baja del auxiliar AUX-0009999");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-responder@captacion.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Captación INE");
        assertThat(mail.getContentType()).contains("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("Rosa Méndez", "Agrupación Ñandú", "José Pérez",
                "AUX-0009999", "Datos incorrectos");

        await().atMost(PATIENCE).until(() -> "ENVIADO".equals(row(recipient).get("status")));
        Map<String, Object> sent = row(recipient);
        assertThat(sent.get("body_html")).as("the personal data leave with the mail").isNull();
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(sent.get("subject")).isEqualTo("Baja del auxiliar AUX-0009999");
        assertThat(sent.get("template")).isEqualTo("auxiliar-baja");
        assertThat(sent.get("attempts")).isEqualTo(0);
    }

    @Test
    void aMailIsQueuedInTheCallersTransactionAndAnUnknownTemplateIsRefusedAtOnce() {
        transaction.executeWithoutResult(status -> {
            queueBaja(recipient);
            status.setRollbackOnly();
        });
        assertThat(rows(recipient)).as("rolled back with its caller").isZero();

        assertThatThrownBy(() -> mails.queue(recipient, "no-existe", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-existe");
        assertThatThrownBy(() -> mails.queue(recipient, "../fragments/layout", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(recipient)).isZero();
    }

    @Test
    void aMailThatCannotBeSentFailsAloneWhileTheNextOneArrives() {
        String broken = "sin arroba " + UUID.randomUUID();
        queueBaja(broken);
        queueBaja(recipient);

        await().atMost(PATIENCE).until(() -> MailServer.messagesTo(recipient).size() == 1);
        await().atMost(PATIENCE).until(() -> "FALLIDO".equals(row(broken).get("status")));
        assertThat(row(broken).get("attempts")).isEqualTo(3);
        assertThat((String) row(broken).get("last_error")).contains("AddressException");
    }

    @Test
    void whileTheSmtpServerIsDownAMailIsRetriedThenFailedAndAPersonQueuesItAgainFromCorreos() throws Exception {
        MailServer.stop();
        try {
            queueBaja(recipient);
            await().atMost(PATIENCE).until(() -> (Integer) row(recipient).get("attempts") >= 1);
            Map<String, Object> retrying = row(recipient);
            assertThat(retrying.get("status")).as("retried, not given up").isEqualTo("PENDIENTE");
            assertThat((String) retrying.get("last_error")).contains("Connect");
            await().atMost(PATIENCE).until(() -> "FALLIDO".equals(row(recipient).get("status")));
        } finally {
            MailServer.start();
        }
        assertThat(row(recipient).get("attempts")).isEqualTo(3);
        long id = ((Number) row(recipient).get("id")).longValue();

        Browsing analyst = new Browsing(ANALYST);
        HttpResponse<String> page = analyst.get("/correos?estado=FALLIDO");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(recipient, "Baja del auxiliar AUX-0009999", "Fallido", "Connect",
                "/correos/" + id + "/reintentar");
        assertThat(get("/correos", REVIEWER).statusCode()).as("mesa de control does not see mails").isEqualTo(403);
        assertThat(analyst.post("/correos/" + id + "/reintentar", null).statusCode()).as("no CSRF token")
                .isEqualTo(403);

        HttpResponse<String> retried = analyst.post("/correos/" + id + "/reintentar", csrfOf(page.body()));
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(analyst.get(retried.headers().firstValue("Location").orElseThrow()).body())
                .contains("se volvió a poner en la cola");

        await().atMost(PATIENCE).until(() -> MailServer.messagesTo(recipient).size() == 1);
        await().atMost(PATIENCE).until(() -> "ENVIADO".equals(row(recipient).get("status")));
        assertThat(analyst.get("/correos?estado=ENVIADO").body()).contains(recipient);
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** A person in a browser: HTTP Basic plus the session cookie that holds the CSRF token. */
    private final class Browsing {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String authorization;

        Browsing(String user) {
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String pathOrUrl) throws Exception {
            return client.send(HttpRequest.newBuilder(pathOrUrl.startsWith("http") ? java.net.URI.create(pathOrUrl)
                    : uri(pathOrUrl)).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrf) throws Exception {
            String form = csrf == null ? "" : "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
