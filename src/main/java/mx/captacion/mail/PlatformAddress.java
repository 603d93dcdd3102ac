package mx.captacion.mail;

import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Component;

import mx.captacion.mail.internal.MailSettings;

/**
 * The address the platform's mails leave from ({@code captacion.mail.from}), bare and in lower
 * case: the help desk must know it to tell its own mails from the ones it reads.
 */
@Component
public class PlatformAddress {

    private final String address;

    PlatformAddress(MailSettings settings) throws AddressException {
        this.address = new InternetAddress(settings.from(), false).getAddress().toLowerCase(Locale.ROOT);
    }

    /** The address alone, without the display name (the platform's own mails carry one). */
    public String address() {
        return address;
    }
}
