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
    private static final GreenMail SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SERVER.start();
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
