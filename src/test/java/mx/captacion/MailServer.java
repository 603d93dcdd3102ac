package mx.captacion;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail SMTP server for the whole test JVM, on the fixed loopback port that
 * application-test.yaml gives the mail route: all ITs share one Spring context, so they share
 * this server too. Tests tell their mails apart by recipient. {@code CAPTACION_TEST_SMTP_PORT}
 * moves it, for two test runs on one machine.
 */
public final class MailServer {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("CAPTACION_TEST_SMTP_PORT", "30251"));
    /** The help desk's IMAP mailbox (application-test.yaml); {@code CAPTACION_TEST_IMAP_PORT} moves it. */
    public static final int IMAP_PORT = Integer.parseInt(System.getenv().getOrDefault("CAPTACION_TEST_IMAP_PORT",
            Integer.toString(PORT + 1000)));
    public static final String HELPDESK_MAILBOX = "mesa-de-ayuda@captacion.example";
    private static final GreenMail SERVER = new GreenMail(new ServerSetup[] {
            new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});

    static {
        SERVER.start();
        // mails sent by SMTP to this address land in the mailbox the help-desk route reads by IMAP
        SERVER.setUser(HELPDESK_MAILBOX, HELPDESK_MAILBOX, "buzon-de-prueba");
    }

    private MailServer() {
    }

    /** Loads the class, which starts the server (called before the Spring context starts). */
    static void ensureStarted() {
    }

    /** Takes the server down, as an unreachable SMTP server; {@link #start()} brings it back. */
    public static void stop() {
        SERVER.stop();
    }

    public static void start() {
        SERVER.start();
        SERVER.setUser(HELPDESK_MAILBOX, HELPDESK_MAILBOX, "buzon-de-prueba");
    }

    /** A new mail that keeps the Message-ID given (a mail client's own), to build and {@link #send}. */
    public static MimeMessage newMessage(String messageId) {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(PORT));
        return new MimeMessage(jakarta.mail.Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    /** Sends a mail through the server's SMTP, as a requester's mail client does. */
    public static void send(MimeMessage message) {
        try {
            jakarta.mail.Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many mails of the help desk's mailbox the route has not read yet. */
    public static long unreadInHelpDeskMailbox() {
        try {
            return SERVER.getManagers().getImapHostManager()
                    .getInbox(SERVER.getUserManager().getUserByEmail(HELPDESK_MAILBOX)).getMessages().stream()
                    .filter(stored -> !stored.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails received so far for the address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
