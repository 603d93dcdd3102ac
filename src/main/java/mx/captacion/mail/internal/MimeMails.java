package mx.captacion.mail.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import mx.captacion.mail.Mails;
import mx.captacion.mail.internal.MailOutbox.DueMail;

/**
 * The one MIME form of a mail, whichever endpoint takes it: the SMTP endpoint sends this message
 * as it is, and the file endpoint writes its RFC 822 bytes, so an .eml is exactly what SMTP would send.
 */
@Component("mimeMails")
class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    /** Only builds messages; the endpoints bring their own sessions. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private final InternetAddress from;
    private final Clock clock;

    MimeMails(MailSettings settings, Clock clock) throws MessagingException {
        this.from = encoded(settings.from());
        this.clock = clock;
    }

    public MimeMessage message(DueMail mail) throws MessagingException {
        Mails.ThreadHeaders thread = mail.thread();
        String messageId = thread == null ? null : thread.messageId();
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // a mail in a conversation keeps the Message-ID its replies will name
                if (messageId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId);
                }
            }
        };
        message.setFrom(from);
        if (thread != null && thread.inReplyTo() != null) {
            message.setHeader("In-Reply-To", thread.inReplyTo());
        }
        if (thread != null && thread.references() != null) {
            message.setHeader("References", thread.references());
        }
        message.setRecipient(MimeMessage.RecipientType.TO, encoded(mail.recipient()));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setText(mail.bodyHtml(), UTF_8, "html");
        message.saveChanges();
        return message;
    }

    public byte[] rfc822(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    /** An address whose display name may carry accents ("Captación INE <…>"), encoded for the header. */
    private static InternetAddress encoded(String address) throws MessagingException {
        InternetAddress parsed = new InternetAddress(address, true);
        if (parsed.getPersonal() != null) {
            try {
                parsed.setPersonal(parsed.getPersonal(), UTF_8);
            } catch (java.io.UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return parsed;
    }
}
