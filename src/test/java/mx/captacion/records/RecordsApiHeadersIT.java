package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/**
 * The mobile API (the only Camel route that answers HTTP) answers with the headers it chooses and no
 * others: nothing a client sends as a header or a query parameter comes back, on any path or status.
 */
class RecordsApiHeadersIT extends IntegrationTestBase {

    /** What a page or a proxy would obey if it came back in an answer. */
    static final Map<String, String> HOSTILE = hostile();

    /**
     * Every header our answers may carry: the ones the route sets, plus those Tomcat and Spring
     * Security add to every answer (and the portal's security headers, never with a client's value).
     */
    static final Set<String> ALLOWED = Set.of("content-type", "content-length", "date", "keep-alive", "connection",
            "transfer-encoding", "retry-after", "x-content-type-options", "x-xss-protection", "cache-control",
            "pragma", "expires", "x-frame-options", "strict-transport-security", "vary", "content-security-policy",
            "referrer-policy", "permissions-policy");

    private Fixture fixture;

    @BeforeEach
    void newActor() {
        fixture = newFixture();
    }

    @Test
    void noAnswerOfTheRecordsApiCarriesAHeaderOrQueryParameterTheClientSent() throws Exception {
        RecordSubmission submission = submission(fixture);
        String body = json.writeValueAsString(submission);
        String token = deviceToken(fixture.activeAuxiliar());

        HttpResponse<String> accepted = hostile("POST", "", body, "application/json", token);
        String recordId = body(accepted).get("recordId").asText();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("202 recibido", accepted);
        answers.put("200 reenvío", hostile("POST", "", body, "application/json", token));
        answers.put("400 campo faltante", hostile("POST", "", "{\"processCode\":\"X\"}", "application/json", token));
        answers.put("400 JSON mal formado", hostile("POST", "", "{\"submissionId\": ", "application/json", token));
        answers.put("415 no JSON", hostile("POST", "", "a=1", "text/plain", token));
        answers.put("401 token ajeno", hostile("POST", "", body.replace(submission.submissionId().toString(),
                UUID.randomUUID().toString()), "application/json", "token-falso"));
        answers.put("200 consulta", hostile("GET", "/" + recordId, null, null, token));
        answers.put("404 consulta", hostile("GET", "/" + UUID.randomUUID(), null, null, token));
        answers.put("404 id inválido", hostile("GET", "/no-es-un-uuid", null, null, token));

        assertThat(answers.values()).extracting(HttpResponse::statusCode)
                .containsExactly(202, 200, 400, 400, 415, 401, 200, 404, 404);
        answers.forEach((name, answer) -> {
            assertThat(answer.headers().map().keySet().stream().map(h -> h.toLowerCase()).collect(Collectors.toSet()))
                    .as(name).isSubsetOf(ALLOWED);
            answer.headers().map().forEach((header, values) -> assertThat(values).as(name + ": " + header)
                    .noneMatch(v -> v.contains("evil.example") || v.contains("JSESSIONID=q") || v.contains(token)));
            // a refusal is an RFC 9457 problem detail
            assertThat(answer.headers().firstValue("Content-Type")).as(name).hasValue(answer.statusCode() >= 400
                    ? "application/problem+json;charset=UTF-8" : "application/json;charset=UTF-8");
        });
    }

    @Test
    void aLongRequestHeaderIsNotEchoedSoAStoredRecordIsAnsweredAsStored() throws Exception {
        RecordSubmission submission = submission(fixture);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/records"))
                .header("Content-Type", "application/json")
                .header("X-Device-Token", deviceToken(fixture.activeAuxiliar()))
                // under Tomcat's 8 KB for a request's headers; its echo overflowed the answer's
                .header("X-Relleno", "a".repeat(7_000))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(submission))).build();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Relleno")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from captacion.citizen_record where submission_id = ?",
                Long.class, submission.submissionId())).isEqualTo(1);
    }

    private HttpResponse<String> hostile(String method, String path, String body, String contentType, String token) {
        String query = HOSTILE.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/records" + path + "?" + query))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HOSTILE.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("X-Device-Token", token);
        return send(request.build());
    }

    private static Map<String, String> hostile() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Refresh", "0;url=https://evil.example");
        headers.put("Set-Cookie", "JSESSIONID=q; Path=/");
        headers.put("Location", "https://evil.example/");
        headers.put("Content-Disposition", "attachment; filename=\"evil.example.html\"");
        headers.put("Content-Security-Policy", "script-src https://evil.example");
        headers.put("Access-Control-Allow-Origin", "https://evil.example");
        return headers;
    }
}
