package mx.captacion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import mx.captacion.mail.Mails;

/**
 * The platform's mails as the application queues them, recorded for assertions, then handed to
 * the real implementation. Registered for every integration test through
 * {@link IntegrationTestBase}, so they keep sharing one context.
 */
public class RecordingMails implements Mails {

    /** One queued mail. */
    public record Queued(String to, String template, Map<String, Object> model, ThreadHeaders thread) {
    }

    private final ObjectProvider<Mails> all;
    private final List<Queued> queued = new CopyOnWriteArrayList<>();

    RecordingMails(ObjectProvider<Mails> all) {
        this.all = all;
    }

    @Override
    public void queue(String to, String template, Map<String, Object> model, ThreadHeaders thread) {
        // a copy that, unlike Map.copyOf, takes the null values a model may hold
        queued.add(new Queued(to, template, Collections.unmodifiableMap(new LinkedHashMap<>(model)), thread));
        real().queue(to, template, model, thread);
    }

    /** The mails queued for an address with a template, oldest first. */
    public List<Queued> to(String to, String template) {
        return queued.stream().filter(m -> m.to().equals(to) && m.template().equals(template)).toList();
    }

    // Looked up per call: the real one is a bean like this one, so it cannot be injected into it.
    private Mails real() {
        return all.stream().filter(m -> !(m instanceof RecordingMails)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No hay implementación real de Mails"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        RecordingMails recordingMails(ObjectProvider<Mails> all) {
            return new RecordingMails(all);
        }
    }
}
