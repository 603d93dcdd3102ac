package mx.captacion.mail.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import mx.captacion.mail.Mails;

/** One mail of the outbox, from queued to sent or failed. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String template;
    private String subject;
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private String messageId;
    private String inReplyTo;
    private String referencesHeader;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String template, String subject, String bodyHtml, Instant now) {
        this.recipient = recipient;
        this.template = template;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.status = MailStatus.PENDIENTE;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void inThread(String messageId, String inReplyTo, String references) {
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.referencesHeader = references;
    }

    /** The conversation's headers, or null for a mail that starts none. */
    Mails.ThreadHeaders thread() {
        return messageId == null && inReplyTo == null && referencesHeader == null ? null
                : new Mails.ThreadHeaders(messageId, inReplyTo, referencesHeader);
    }

    /** Taken by a poller; if it never reports back (its node died), the mail is due again after the lease. */
    void claim(Instant now, Duration lease) {
        nextAttemptAt = now.plus(lease);
    }

    /** Delivered: the body (personal data) goes, recipient and subject stay for the record. */
    void sent(Instant now) {
        status = MailStatus.ENVIADO;
        sentAt = now;
        bodyHtml = null;
        lastError = null;
    }

    /** One more failed attempt: again after a delay that doubles each time, or no more after the last one. */
    void failed(String error, Instant now, int maxAttempts, Duration firstDelay) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FALLIDO;
        } else {
            nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** A person asks for a failed mail to be tried again, from the start of the backoff. */
    boolean retry(Instant now) {
        if (status != MailStatus.FALLIDO) {
            return false;
        }
        status = MailStatus.PENDIENTE;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getTemplate() {
        return template;
    }

    String getSubject() {
        return subject;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
