package mx.captacion.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.support.ResourceBundleMessageSource;

/** For tests that build text from the message bundle, and compare it with text kept beside them. */
public final class TestMessages {

    private TestMessages() {
    }

    /** The bundle as Spring Boot configures it (spring.messages.*): UTF-8, no fallback to the system locale. */
    public static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    /** A UTF-8 text resource of the test classpath, e.g. {@code /records/control-desk-fichas.md}. */
    public static String resource(String path) {
        try (InputStream in = TestMessages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No existe el recurso " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
