package mx.captacion.helpdesk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.platform.BlobStore;

/**
 * The files a mail brought to a ticket. A file is kept (in the blob store, by its hash) only when
 * its type is on the allow-list, its bytes look like that type, and it is not larger than
 * {@code captacion.helpdesk.mail.attachment-max-bytes}; otherwise it is recorded as refused with
 * the reason, so the agent knows to ask for it another way. Either way the mail opens or joins its ticket.
 */
@Service
public class TicketAttachments {

    /**
     * What the help desk accepts: documents (PDF, plain text), photos and screenshots (JPEG, PNG)
     * and short screen recordings (MP4: the seed's reports mention videos of the app's errors).
     * Office files, archives and executables are refused: they can carry macros or hide content.
     */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "image/jpeg", "JPEG",
            "image/png", "PNG",
            "text/plain", "texto",
            "video/mp4", "MP4");

    /** One attachment as the agent sees it on the ticket. */
    public record Attachment(long id, String fileName, String contentType, long sizeBytes, boolean kept,
                             String refusedReason, Instant receivedAt) {
    }

    /** A kept attachment's bytes, to download. */
    public record Content(String fileName, String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;
    private final BlobStore blobs;
    private final long maxBytes;
    private final MessageSource messages;

    TicketAttachments(JdbcTemplate jdbc, BlobStore blobs, HelpDeskSettings settings, MessageSource messages) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.maxBytes = settings.mail().attachmentMaxBytes();
        this.messages = messages;
    }

    /** Keeps or refuses one file of a mail; the reason when refused, or empty when kept. */
    @Transactional
    public Optional<String> receive(long ticketId, String messageId, String fileName, String declaredType, byte[] bytes,
                                    Instant at) {
        String type = declaredType == null ? "application/octet-stream" : declaredType.toLowerCase(Locale.ROOT).strip();
        String name = fileName == null || fileName.isBlank() ? "(sin nombre)" : cut(fileName.strip(), 300);
        String refused = refusal(type, bytes);
        String hash = refused == null ? blobs.put(bytes) : null;
        jdbc.update("""
                insert into captacion.ticket_attachment
                    (ticket_id, message_id, file_name, content_type, size_bytes, content_hash, refused_reason, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                ticketId, messageId, name, cut(type, 200), (long) bytes.length, hash, refused,
                java.sql.Timestamp.from(at));
        return Optional.ofNullable(refused);
    }

    private String refusal(String type, byte[] bytes) {
        if (!ALLOWED.containsKey(type)) {
            return text("helpdesk.adjunto.tipoNoAdmitido", type);
        }
        if (bytes.length > maxBytes) {
            return text("helpdesk.adjunto.demasiadoGrande", megabytes(bytes.length), megabytes(maxBytes));
        }
        if (!looksLike(type, bytes)) {
            return text("helpdesk.adjunto.contenidoDistinto", type);
        }
        return null;
    }

    /** The declared type is the sender's word: the first bytes must agree (a renamed executable is not a PDF). */
    static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> startsWith(b, 0, '%', 'P', 'D', 'F');
            case "image/jpeg" -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(b, 0, 0x89, 'P', 'N', 'G');
            case "video/mp4" -> startsWith(b, 4, 'f', 't', 'y', 'p');
            case "text/plain" -> noNulBytes(b);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noNulBytes(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** Why a file was refused, as the ticket keeps and shows it: the bundle's Spanish, every argument text. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long ticketId) {
        return jdbc.query("""
                select id, file_name, content_type, size_bytes, content_hash, refused_reason, received_at
                from captacion.ticket_attachment where ticket_id = ? order by id""",
                (rs, row) -> new Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("content_hash") != null, rs.getString("refused_reason"),
                        rs.getTimestamp("received_at").toInstant()), ticketId);
    }

    /** A kept attachment of the ticket; empty when there is none such (or it was refused). */
    @Transactional(readOnly = true)
    public Optional<Content> content(long ticketId, long attachmentId) {
        return jdbc.query("""
                select file_name, content_type, content_hash from captacion.ticket_attachment
                where id = ? and ticket_id = ? and content_hash is not null""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, attachmentId, ticketId)
                .stream().findFirst()
                .flatMap(found -> blobs.get(found[2]).map(bytes -> new Content(found[0], found[1], bytes)));
    }
}
