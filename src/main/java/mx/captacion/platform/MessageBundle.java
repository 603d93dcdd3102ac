package mx.captacion.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundle as Spring Boot reads it (spring.messages in application.yaml: messages.properties,
 * UTF-8, no fallback to the system's locale), for text made where no Spring context is at hand: a
 * refusal thrown from a value type, an enum's label read by a report or a mail.
 */
public final class MessageBundle {

    private static final MessageSource BUNDLE = bundle();
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private MessageBundle() {
    }

    /** The text under {@code key}, as written (no arguments, so no MessageFormat). */
    public static String text(String key) {
        return BUNDLE.getMessage(key, null, SPANISH);
    }

    static String text(MessageSourceResolvable resolvable) {
        return BUNDLE.getMessage(resolvable, SPANISH);
    }

    static MessageSource source() {
        return BUNDLE;
    }

    static Locale locale() {
        return SPANISH;
    }

    private static MessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
