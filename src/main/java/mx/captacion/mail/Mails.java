package mx.captacion.mail;

import java.util.Map;

/**
 * Every mail the platform sends. A mail is queued in the caller's transaction (so it leaves only
 * if what it announces was committed) and delivered later by the routes in
 * {@code integration/mail.camel.yaml}, retried on failure; a caller never waits for a mail server.
 */
public interface Mails {

    /**
     * Queues the mail rendered from the Thymeleaf template {@code templates/mail/<template>.html}
     * with the model; the template's {@code <title>} is the subject.
     */
    default void queue(String to, String template, Map<String, Object> model) {
        queue(to, template, model, null);
    }

    /**
     * As {@link #queue(String, String, Map)}, the mail in a conversation: it leaves with the
     * given Message-ID, In-Reply-To and References headers (null: none, or one of the mail server's).
     */
    void queue(String to, String template, Map<String, Object> model, ThreadHeaders thread);

    /**
     * The headers that put a mail in a conversation (RFC 5322 §3.6.4), each a {@code <id@domain>}
     * or, for references, several separated by spaces; a null part is left out.
     */
    record ThreadHeaders(String messageId, String inReplyTo, String references) {
    }
}
