package mx.captacion.mail.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.mail.*}; defaults in application.yaml. The outbox folder, the poll interval and
 * the SMTP server are read by {@code integration/mail.camel.yaml}; they are here to be checked at
 * start-up and documented. The help desk reads its own address through {@link mx.captacion.mail.PlatformAddress}.
 *
 * @param from         the From address of every mail (the display name may carry accents)
 * @param outbox       folder mails are written to as .eml files when no SMTP host is set
 * @param pollInterval how often the outbox is polled (a Camel duration: 5s, 500)
 * @param batchSize    how many due mails one poll takes
 * @param maxAttempts  how many times a failing mail is tried before it is marked failed
 * @param retryDelay   the wait after a mail's first failure, twice as long after each further one
 * @param smtp         the SMTP server mails are sent through
 */
@Validated
@ConfigurationProperties("captacion.mail")
public record MailSettings(@NotBlank String from, @NotBlank String outbox, @NotBlank String pollInterval,
                           @Positive int batchSize, @Positive int maxAttempts, @NotNull Duration retryDelay,
                           @Valid @NotNull Smtp smtp) {

    /**
     * {@code captacion.mail.smtp.*}.
     *
     * @param host     the SMTP server; unset, mails are written to the outbox folder
     * @param port     the server's port
     * @param starttls whether the connection is upgraded with STARTTLS
     * @param user     the user, when the server asks for one
     * @param password the password, when the server asks for one
     */
    public record Smtp(String host, @Min(1) @Max(65_535) int port, boolean starttls, String user, String password) {
    }
}
