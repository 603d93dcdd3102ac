package mx.captacion.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import mx.captacion.mail.Mails;

/**
 * The outbox behind {@link Mails}: a mail is rendered and stored when queued, and the routes of
 * {@code integration/mail.camel.yaml} take the due ones, report each as sent or failed, and
 * never wait on one mail to send the next.
 */
@Component("mailOutbox")
class MailOutbox implements Mails {

    static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** Long enough for any send to finish; only a node that died while sending lets it run out. */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    /** A mail taken for delivery: what the routes need, detached from the database. */
    public record DueMail(long id, String recipient, String subject, String bodyHtml, ThreadHeaders thread) {

        public DueMail(long id, String recipient, String subject, String bodyHtml) {
            this(id, recipient, subject, bodyHtml, null);
        }
    }

    /** A line of the /correos page. */
    record MailView(long id, String recipient, String subject, String template, MailStatus status, int attempts,
                    Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    private final OutboxMails mails;
    private final ITemplateEngine templates;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String templatePrefix;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration retryDelay;

    MailOutbox(OutboxMails mails, ITemplateEngine templates, ResourceLoader resources, Clock clock,
               @Value("${spring.thymeleaf.prefix:classpath:/templates/}") String templatePrefix,
               MailSettings settings) {
        this.mails = mails;
        this.templates = templates;
        this.resources = resources;
        this.clock = clock;
        this.templatePrefix = templatePrefix;
        this.batchSize = settings.batchSize();
        this.maxAttempts = settings.maxAttempts();
        this.retryDelay = settings.retryDelay();
    }

    /** Rendered now, in the caller's transaction: a template or model mistake fails the caller, not a later send. */
    @Override
    @Transactional
    public void queue(String to, String template, Map<String, Object> model, ThreadHeaders thread) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("El correo '" + template + "' no tiene destinatario");
        }
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()
                || !resources.getResource(templatePrefix + "mail/" + template + ".html").exists()) {
            throw new IllegalArgumentException("No existe la plantilla de correo '" + template + "'");
        }
        String html = templates.process("mail/" + template, new Context(SPANISH, model));
        OutboxMail mail = new OutboxMail(to.trim(), template, subjectOf(template, html), html, clock.instant());
        if (thread != null) {
            mail.inThread(thread.messageId(), thread.inReplyTo(), thread.references());
        }
        mails.save(mail);
    }

    private static String subjectOf(String template, String html) {
        Matcher title = TITLE.matcher(html);
        String subject = title.find() ? HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").strip() : "";
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("La plantilla de correo '" + template + "' no tiene <title> (el asunto)");
        }
        return subject;
    }

    /** The due mails of one poll, oldest first, claimed so no other poller takes them meanwhile. */
    @Transactional
    public List<DueMail> claimDue() {
        Instant now = clock.instant();
        return mails.lockDue(now, batchSize).stream().map(mail -> {
            mail.claim(now, CLAIM_LEASE);
            return new DueMail(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBodyHtml(), mail.thread());
        }).toList();
    }

    @Transactional
    public void sent(long id) {
        mails.findById(id).ifPresent(mail -> mail.sent(clock.instant()));
    }

    @Transactional
    public void failed(long id, Throwable error) {
        mails.findById(id).ifPresent(mail -> mail.failed(describe(error), clock.instant(), maxAttempts, retryDelay));
    }

    /** The innermost cause says what went wrong (a refused connection, a rejected address). */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Queues a failed mail again; false when there is no such failed mail. */
    @Transactional
    public boolean retry(long id) {
        return mails.findById(id).map(mail -> mail.retry(clock.instant())).orElse(false);
    }

    /** The latest mails, all or of one status. */
    @Transactional(readOnly = true)
    public List<MailView> recent(MailStatus status) {
        List<OutboxMail> found = status == null ? mails.findTop100ByOrderByIdDesc()
                : mails.findTop100ByStatusOrderByIdDesc(status);
        return found.stream().map(mail -> new MailView(mail.getId(), mail.getRecipient(), mail.getSubject(),
                mail.getTemplate(), mail.getStatus(), mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(),
                mail.getSentAt(), mail.getLastError())).toList();
    }
}
