package mx.captacion.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to the platform as users' browsers reach it ({@code captacion.public-url}): in forms and mails. */
@Component
public class PublicUrl {

    private final Environment environment;
    /** Kept once the platform is up; resolving the property (placeholders, every property source) cost every record's task. */
    private volatile String ready;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** Read when needed until the platform is up: it may name the port the server only knows once started. */
    public String of(String path) {
        String url = ready != null ? ready : resolve();
        return url + path;
    }

    @EventListener(ApplicationReadyEvent.class)
    void platformReady() {
        ready = resolve();
    }

    private String resolve() {
        String url = environment.getRequiredProperty("captacion.public-url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
