package mx.captacion.compulsa.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Sends one batch now, through the same route the schedule uses (the page's button, the API, the tests). */
@Component
public class SendingCompulsa {

    private final ProducerTemplate producer;

    SendingCompulsa(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * One batch of the process (null: the longest waiting) through the endpoint (null: the configured
     * one). With the local endpoint the answers are applied when this returns. Empty when nothing waits.
     */
    public Optional<CompulsaBatch> sendNow(String processCode, CompulsaEndpoint endpoint) {
        Map<String, Object> headers = new HashMap<>();
        if (processCode != null && !processCode.isBlank()) {
            headers.put(CompulsaBatches.HEADER_PROCESS, processCode);
        }
        if (endpoint != null) {
            headers.put(CompulsaBatches.HEADER_ENDPOINT, endpoint.routeName());
        }
        Exchange done = producer.send("direct:compulsa-send", exchange -> exchange.getIn().setHeaders(headers));
        if (done.getException() != null) {
            throw done.getException() instanceof RuntimeException e ? e : new IllegalStateException(done.getException());
        }
        return Optional.ofNullable(done.getProperty("compulsaBatch", CompulsaBatch.class));
    }
}
