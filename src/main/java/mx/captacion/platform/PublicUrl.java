package mx.captacion.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to the platform as users' browsers reach it ({@code captacion.public-url}): in forms and mails. */
@Component
public class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** Read when needed, not at start-up: it may name the port the server only knows once started. */
    public String of(String path) {
        String url = environment.getRequiredProperty("captacion.public-url");
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + path;
    }
}
