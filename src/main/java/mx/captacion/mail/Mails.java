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
    void queue(String to, String template, Map<String, Object> model);
}
