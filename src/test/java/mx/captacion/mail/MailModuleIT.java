package mx.captacion.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.OpeningTicket;

/**
 * Outgoing mail alone (it depends on no module): a queued mail is rendered from its template, its
 * {@code <title>} the subject, and waits in the outbox for the routes (off here); a mail without a
 * template or a recipient is refused before anything is stored. The modules that send mail are not started.
 */
@ModuleIntegrationTest
class MailModuleIT {

    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aQueuedMailIsRenderedAndWaitsInTheOutbox() {
        String to = "representante." + UUID.randomUUID() + "@example.org";
        mails.queue(to, "auxiliar-baja", Map.of("representante", "Ramona Íñiguez", "actor", "Agrupación Modular",
                "auxiliarId", "AUX-0009999", "nombre", "Juan Pérez", "causa", "Datos incorrectos"));

        assertThat(jdbc.queryForList("select template, subject, status, attempts, body_html from captacion.mail_outbox"
                + " where recipient = ?", to)).singleElement().satisfies(mail -> {
            assertThat(mail.get("template")).isEqualTo("auxiliar-baja");
            assertThat(mail.get("subject")).isEqualTo("Baja del auxiliar AUX-0009999");
            assertThat(mail.get("status")).isEqualTo("PENDIENTE");
            assertThat(mail.get("attempts")).isEqualTo(0);
            assertThat((String) mail.get("body_html")).contains("Ramona Íñiguez", "Agrupación Modular", "Juan Pérez",
                    "Datos incorrectos");
        });
    }

    @Test
    void aMailWithoutItsTemplateOrRecipientIsRefusedAndNotStored() {
        String to = "nadie." + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> mails.queue(to, "no-existe", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-existe");
        assertThatThrownBy(() -> mails.queue(" ", "auxiliar-baja", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destinatario");
        assertThat(jdbc.queryForObject("select count(*) from captacion.mail_outbox where recipient = ?", Long.class, to))
                .isZero();
    }

    @Test
    void theModulesThatSendMailAreNotStarted() {
        assertThat(context.getBeanNamesForType(PoliticalActors.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OpeningTicket.class)).isEmpty();
    }
}
