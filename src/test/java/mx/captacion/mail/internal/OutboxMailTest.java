package mx.captacion.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final OutboxMail mail = new OutboxMail("ana@captacion.example", "auxiliar-alta", "Su ID", "<p>hola</p>", NOW);

    @Test
    void aNewMailIsDueAtOnce() {
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDIENTE);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void eachFailureDoublesTheWaitUntilTheLastAttemptFailsTheMail() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mail.failed("SMTP caído", NOW, 6, FIRST_DELAY);
            assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDIENTE);
            assertThat(mail.getAttempts()).isEqualTo(attempt);
            assertThat(Duration.between(NOW, mail.getNextAttemptAt())).isEqualTo(FIRST_DELAY.multipliedBy(1L << (attempt - 1)));
        }
        mail.failed("SMTP caído", NOW, 6, FIRST_DELAY);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FALLIDO);
        assertThat(mail.getAttempts()).isEqualTo(6);
        assertThat(mail.getLastError()).isEqualTo("SMTP caído");
    }

    @Test
    void aLongErrorIsCut() {
        mail.failed("x".repeat(5000), NOW, 6, FIRST_DELAY);
        assertThat(mail.getLastError()).hasSize(OutboxMail.MAX_ERROR_LENGTH);
    }

    @Test
    void onlyAFailedMailIsRetriedAndItStartsOver() {
        assertThat(mail.retry(NOW)).isFalse();
        mail.failed("uno", NOW, 1, FIRST_DELAY);
        Instant later = NOW.plusSeconds(3600);

        assertThat(mail.retry(later)).isTrue();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDIENTE);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(later);
    }

    @Test
    void aSentMailKeepsWhoAndWhatButNotTheBody() {
        mail.failed("uno", NOW, 6, FIRST_DELAY);
        mail.sent(NOW.plusSeconds(60));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.ENVIADO);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(mail.getBodyHtml()).isNull();
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getRecipient()).isEqualTo("ana@captacion.example");
        assertThat(mail.getSubject()).isEqualTo("Su ID");
    }
}
