package mx.captacion.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.captacion.mail.internal.MailOutbox.DueMail;

/**
 * integration/mail.camel.yaml as shipped, without SMTP settings: due mails become .eml files on
 * disk, and one that cannot be built is reported as failed while the next one still goes out.
 * The outbox itself is stubbed; MailOutboxIT runs it on PostgreSQL with a real SMTP server.
 */
class MailRoutesTest {

    private static final String FROM = "Captación INE <no-responder@captacion.example>";

    @TempDir
    Path outbox;

    private final MailOutbox mailOutbox = mock(MailOutbox.class);
    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private void start() throws Exception {
        camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("captacion.mail.outbox", outbox.toString());
        properties.setProperty("captacion.mail.poll-interval", "50");
        properties.setProperty("captacion.mail.smtp.port", "587");
        properties.setProperty("captacion.mail.smtp.starttls", "true");
        camel.getPropertiesComponent().setInitialProperties(properties);
        camel.getRegistry().bind("mailOutbox", mailOutbox);
        camel.getRegistry().bind("mimeMails", new MimeMails(new MailSettings(FROM, "target/outbox", "5s", 20, 6,
                Duration.ofMinutes(1), new MailSettings.Smtp(null, 587, false, null, null)),
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC)));
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveResource(camel, "file:integration/mail.camel.yaml"));
        camel.start();
    }

    @Test
    void withoutSmtpEachMailIsWrittenAsAnEmlFileAndASurelyBrokenOneDoesNotStopTheNext() throws Exception {
        when(mailOutbox.claimDue()).thenReturn(List.of(
                new DueMail(7, "no es un correo", "Roto", "<p>nunca</p>"),
                new DueMail(8, "ana.lopez@captacion.example", "Su ID de auxiliar: AUX-0001234",
                        "<html><body><p>Hola, Ana. Su ID es <strong>AUX-0001234</strong>. Gracias.</p></body></html>")),
                List.of());
        start();

        verify(mailOutbox, timeout(5_000)).sent(8L);
        verify(mailOutbox, timeout(5_000)).failed(eq(7L), any());
        assertThat(camel.getRoute("send-mail-smtp")).as("no SMTP host, no SMTP route").isNull();

        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).endsWith("-8.eml"));
        MimeMessage eml;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            eml = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(eml.getSubject()).isEqualTo("Su ID de auxiliar: AUX-0001234");
        assertThat(((InternetAddress) eml.getFrom()[0]).getPersonal()).isEqualTo("Captación INE");
        assertThat(eml.getAllRecipients()).extracting(Object::toString).containsExactly("ana.lopez@captacion.example");
        assertThat(eml.getContentType()).contains("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) eml.getContent()).contains("Hola, Ana. Su ID es <strong>AUX-0001234</strong>");
        assertThat(new String(Files.readAllBytes(files.get(0)), StandardCharsets.US_ASCII))
                .as("RFC 822 headers").contains("MIME-Version: 1.0", "Subject: ", "Date: ");
    }
}
