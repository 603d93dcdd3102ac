package mx.captacion.helpdesk.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code captacion.helpdesk.*}; defaults in application.yaml. The mailbox settings are read by
 * {@code integration/helpdesk-mail.camel.yaml}; they are here to be checked at start-up and documented.
 *
 * @param firstAnswer how long after a ticket arrived its first answer is due (ISO-8601); a deadline
 *                    that runs out is recorded as a breach on the ticket and in the reports
 * @param resolution  how long after a ticket arrived it is due off the help desk's side (ISO-8601)
 * @param closeAfter  how long an answered ticket waits for the requester's reply before it closes
 *                    (ISO-8601, as written: the process's timer reads it)
 * @param mail        the help desk's mailbox
 */
@Validated
@ConfigurationProperties("captacion.helpdesk")
public record HelpDeskSettings(@NotNull Duration firstAnswer, @NotNull Duration resolution, @NotBlank String closeAfter,
                        @Valid @NotNull Mail mail) {

    public HelpDeskSettings {
        if (closeAfter != null && !closeAfter.isBlank()) {
            try {
                Duration.parse(closeAfter); // a wrong setting fails the start, not a ticket's timer days later
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("captacion.helpdesk.close-after debe ser una duración ISO-8601 "
                        + "(p. ej. P5D), no «" + closeAfter + "»", e);
            }
        }
    }

    /**
     * {@code captacion.helpdesk.mail.*}.
     *
     * @param pollInterval       how often the mailbox or the folder is read (a Camel duration: 30s)
     * @param inbox              the folder of .eml files read without an IMAP host
     * @param imap               the IMAP mailbox, read when its host is set
     * @param attachmentMaxBytes attachments larger than this (bytes) are refused and recorded as refused;
     *                           the mail still counts
     */
    record Mail(@NotBlank String pollInterval, @Valid @NotNull Inbox inbox, @Valid @NotNull Imap imap,
                @Positive long attachmentMaxBytes) {
    }

    /**
     * {@code captacion.helpdesk.mail.inbox.*}.
     *
     * @param directory folder of .eml files read when no IMAP host is set (deleted once read: the ticket
     *                  keeps the mail, encrypted)
     * @param always    whether the folder is read as well when an IMAP host is set
     */
    record Inbox(@NotBlank String directory, boolean always) {
    }

    /**
     * {@code captacion.helpdesk.mail.imap.*}.
     *
     * @param host     the IMAP server; unset, mails are read from the inbox folder only
     * @param protocol imaps or imap
     * @param port     the server's port
     * @param user     the mailbox's user
     * @param password the mailbox's password
     * @param folder   the folder read
     * @param moveTo   where processed mails are moved; unset, they stay in the folder, marked as read
     */
    record Imap(String host, @NotBlank String protocol, @Min(1) @Max(65_535) int port, String user, String password,
                @NotBlank String folder, String moveTo) {
    }
}
