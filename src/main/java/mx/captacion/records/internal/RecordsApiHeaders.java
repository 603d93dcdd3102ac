package mx.captacion.records.internal;

import java.util.Locale;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * The headers of the mobile API's HTTP endpoint (integration/records.camel.yaml). Camel makes every
 * request header and query parameter an exchange header and writes the ones left into the answer,
 * so {@code ?Set-Cookie=…} or {@code ?Refresh=…} came back to the browser, and a long request header
 * overflowed the answer after the record was stored. Out, only what the routes set; in, only what
 * they read, so a query parameter cannot stand in for a header either.
 */
@Component("recordsApiHeaders")
class RecordsApiHeaders implements HeaderFilterStrategy {

    /** Set by the routes and by ApiProblems (the status itself is Camel's CamelHttpResponseCode, never a header). */
    static final Set<String> ANSWERED = Set.of("content-type", "retry-after");
    /** Read by RecordsApi (the GET's recordId is a path parameter, set by Camel after this filter). */
    static final Set<String> READ = Set.of("content-type", "content-length", "x-device-token");

    /** Camel's own treatment of what it reads (its internal CamelHttp* headers stay). */
    private final HeaderFilterStrategy camel = new HttpHeaderFilterStrategy();

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !ANSWERED.contains(headerName.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !READ.contains(headerName.toLowerCase(Locale.ROOT))
                || camel.applyFilterToExternalHeaders(headerName, headerValue, exchange);
    }
}
