package mx.captacion.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketType;
import mx.captacion.platform.TestMessages;

/**
 * The ticket's {@code ficha} built from the bundle's templates reads byte for byte as the one built
 * in Java did: {@code helpdesk/ticket-fichas.md} is that older output for the same tickets, with
 * Markdown escapes, a multi-line body, a missing contact, and the three kinds of message.
 */
class TicketFichaTest {

    private final TicketTaskListener listener = new TicketTaskListener(null, null, TestMessages.bundle());

    @Test
    void fichaReadsAsItDidWhenJavaWroteIt() {
        Instant at = Instant.parse("2026-12-05T20:03:00Z");
        Ticket mail = new Ticket(NewTicket.byMail("Ana [Pérez]", "ana@example.org", "No *entra* {0}",
                "Hola,\nno puedo entrar | ayuda.\n\nGracias", "<m1@example.org>"), null, at, at, at);
        mail.triage(List.of(TicketType.ACCESO_APP, TicketType.OTRA), "Otra_cosa", null, null, at.plusSeconds(60), "mato1");
        mail.escalate(at.plusSeconds(120), "mato1");
        mail.backFromTechnicalSupport("Se reinició\nla cuenta.", at.plusSeconds(3600), "soporte#1");
        mail.answer("Ya puede entrar.", at.plusSeconds(7200), "mato1");
        mail.receive("Ana [Pérez]", "Gracias.", at.plusSeconds(86_400));
        Ticket call = new Ticket(new NewTicket(TicketChannel.TELEFONO, null, "Luis", " ", "Duda", "¿Cuándo?",
                null, null, null, List.of(), null, null, "mato2"), null, at, at, at);
        ReflectionTestUtils.setField(mail, "id", 4711L);
        ReflectionTestUtils.setField(call, "id", 1_234_567L);

        assertThat(listener.ficha(mail) + "=====\n" + listener.ficha(call)).isEqualTo(TestMessages.resource("/helpdesk/ticket-fichas.md"));
    }
}
