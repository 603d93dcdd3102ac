package mx.captacion.helpdesk.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.mail.PlatformAddress;
import mx.captacion.platform.BlobStore;

/**
 * Every mail of the help desk's mailbox, from {@code integration/helpdesk-mail.camel.yaml} (IMAP or
 * a folder of .eml files): a new conversation opens a CORREO ticket; a reply, found by its
 * In-Reply-To or References among the ticket's thread keys, joins that ticket (and reopens it when
 * it was answered). Each Message-ID is taken once; the raw mail is kept in the blob store whatever
 * becomes of it; auto-replies and bounces are recorded and logged, never turned into tickets.
 */
@Component("incomingMails")
public class IncomingMails {

    /** What became of one mail. */
    public enum Outcome { ABIERTO, AGREGADO, REABIERTO, IGNORADO, DUPLICADO }

    private static final Logger log = LoggerFactory.getLogger(IncomingMails.class);
    /** Only parses; the route's endpoints bring their own sessions. */
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_BODY = 20_000;
    private static final String NO_TEXT = "(Correo sin texto; vea los adjuntos.)";

    private final OpeningTicket opening;
    private final TicketConversation conversation;
    private final TicketAttachments attachments;
    private final BlobStore blobs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String ownAddress;

    IncomingMails(OpeningTicket opening, TicketConversation conversation, TicketAttachments attachments, BlobStore blobs,
                  JdbcTemplate jdbc, Clock clock, PlatformAddress mail) {
        this.opening = opening;
        this.conversation = conversation;
        this.attachments = attachments;
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownAddress = mail.address();
    }

    /** A mail read from the IMAP mailbox (copied whole first: the server's message is read lazily). */
    @Transactional
    public Outcome receive(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return receiveEml(raw.toByteArray());
    }

    /** A mail as its RFC 822 bytes (an .eml file). */
    @Transactional
    public Outcome receiveEml(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        String rawHash = blobs.put(raw); // kept before anything can fail: a mail is never lost
        String messageId = firstId(message.getMessageID()).orElse("<" + rawHash + "@sin-message-id>");
        if (jdbc.queryForObject("select count(*) from captacion.ticket_mail where message_id = ?", Integer.class,
                messageId) > 0) {
            log.info("Correo {} ya recibido; no se procesa otra vez", messageId);
            return Outcome.DUPLICADO;
        }
        InternetAddress from = sender(message);
        Instant now = clock.instant();
        String automatic = automatic(message, from);
        if (automatic != null) {
            log.info("Correo {} de {} ignorado: {}", messageId, from == null ? "(sin remitente)" : from.getAddress(), automatic);
            record(messageId, null, Outcome.IGNORADO, rawHash, from, now);
            return Outcome.IGNORADO;
        }
        Parsed parsed = new Parsed();
        parsed.walk(message);
        String body = parsed.text();
        String name = from.getPersonal() != null && !from.getPersonal().isBlank() ? from.getPersonal().strip()
                : from.getAddress().substring(0, from.getAddress().indexOf('@'));
        name = TicketAttachments.cut(name, 300);

        Outcome outcome = null;
        Long ticketId = threadOf(message).orElse(null);
        if (ticketId != null) {
            TicketConversation.Appended appended = conversation.append(ticketId, name, body, now);
            if (appended != TicketConversation.Appended.CLOSED) {
                conversation.addThreadKey(ticketId, messageId);
                outcome = appended == TicketConversation.Appended.REOPENED ? Outcome.REABIERTO : Outcome.AGREGADO;
            }
        }
        if (outcome == null) { // a new conversation, or a reply to a closed ticket: a ticket of its own
            String subject = message.getSubject() == null || message.getSubject().isBlank() ? "(sin asunto)"
                    : TicketAttachments.cut(message.getSubject().strip(), 300);
            ticketId = opening.open(NewTicket.byMail(name, replyAddress(message, from), subject, body, messageId)).getId();
            outcome = Outcome.ABIERTO;
        }
        record(messageId, ticketId, outcome, rawHash, from, now);
        for (Parsed.File file : parsed.files) {
            attachments.receive(ticketId, messageId, file.name(), file.type(), file.bytes(), now)
                    .ifPresent(reason -> log.info("Adjunto '{}' del correo {} rechazado: {}", file.name(), messageId, reason));
        }
        log.info("Correo {} de {}: reporte {} {}", messageId, from.getAddress(), Ticket.numberOf(ticketId), outcome);
        return outcome;
    }

    private void record(String messageId, Long ticketId, Outcome outcome, String rawHash, InternetAddress from, Instant at) {
        jdbc.update("""
                insert into captacion.ticket_mail (message_id, ticket_id, outcome, raw_hash, from_address, received_at)
                values (?, ?, ?, ?, ?, ?)""", messageId, ticketId, outcome.name(), rawHash,
                from == null ? null : TicketAttachments.cut(from.getAddress(), 300), Timestamp.from(at));
    }

    /** The ticket of the first header key we know: In-Reply-To, then References from the newest. */
    private Optional<Long> threadOf(MimeMessage message) throws MessagingException {
        LinkedHashSet<String> keys = new LinkedHashSet<>(ids(message.getHeader("In-Reply-To", " ")));
        List<String> references = ids(message.getHeader("References", " "));
        for (int i = references.size() - 1; i >= 0; i--) {
            keys.add(references.get(i));
        }
        for (String key : keys) {
            Optional<Long> ticket = conversation.findByThreadKey(key);
            if (ticket.isPresent()) {
                return ticket;
            }
        }
        return Optional.empty();
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static Optional<String> firstId(String header) {
        return ids(header).stream().findFirst().map(id -> TicketAttachments.cut(id, 500));
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address
                && address.getAddress() != null && address.getAddress().contains("@") ? address : null;
    }

    /** Answers go where the requester asked (Reply-To), else to the sender. */
    private static String replyAddress(MimeMessage message, InternetAddress from) throws MessagingException {
        Address[] replyTo = message.getReplyTo();
        if (replyTo != null && replyTo.length > 0 && replyTo[0] instanceof InternetAddress address
                && address.getAddress() != null && address.getAddress().contains("@")) {
            return address.getAddress();
        }
        return from.getAddress();
    }

    /**
     * Why the mail was written by a machine (RFC 3834 auto-replies, RFC 3464 bounces, our own
     * mail coming back), or null for a person's mail. Answering those would loop.
     */
    private String automatic(MimeMessage message, InternetAddress from) throws MessagingException {
        if (from == null) {
            return "sin remitente";
        }
        String address = from.getAddress().toLowerCase(Locale.ROOT);
        String local = address.substring(0, address.indexOf('@'));
        if (local.equals("mailer-daemon") || local.equals("postmaster")) {
            return "aviso de no entrega (" + address + ")";
        }
        if (address.equals(ownAddress)) {
            return "correo de la propia plataforma";
        }
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null) {
            return "respuesta automática";
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return "Precedence: " + precedence.strip();
        }
        if (message.isMimeType("multipart/report")) {
            return "informe de entrega";
        }
        return null;
    }

    /** The text a person wrote (text/plain preferred, else the HTML without tags) and the attached files. */
    static final class Parsed {

        record File(String name, String type, byte[] bytes) {
        }

        private String plain;
        private String html;
        final List<File> files = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            String fileName = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
            if (!attached && part.isMimeType("text/plain") && plain == null) {
                plain = text(part);
            } else if (!attached && part.isMimeType("text/html") && html == null) {
                html = text(part);
            } else {
                try (InputStream in = part.getInputStream()) {
                    files.add(new File(fileName, baseType(part), in.readAllBytes()));
                }
            }
        }

        String text() {
            String text = plain != null && !plain.isBlank() ? plain : html != null ? stripHtml(html) : "";
            text = text.replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
                return NO_TEXT;
            }
            return text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + "\n[…]" : text;
        }

        private static String baseType(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            } catch (Exception unparseable) {
                return "application/octet-stream";
            }
        }

        /** A charset Java does not know still gives the text, read as UTF-8. */
        private static String text(Part part) throws MessagingException, IOException {
            try {
                Object content = part.getContent();
                if (content instanceof String text) {
                    return text;
                }
            } catch (java.io.UnsupportedEncodingException unknownCharset) {
                // fall through
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        static String stripHtml(String html) {
            String text = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>", "\n")
                    .replaceAll("<[^>]*>", "");
            return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll("\\n\\s*\\n+", "\n\n");
        }
    }
}
