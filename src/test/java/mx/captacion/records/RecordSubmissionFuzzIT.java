package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticSubmissions;

/**
 * The mobile API against mutated submissions: at least {@value #DEFAULT_SUBMISSIONS} per run (property
 * {@code captacion.fuzz.submissions}), drawn by jqwik's generators from a seed printed at the start
 * (property {@code captacion.fuzz.seed} replays a run), sent concurrently over HTTP to the running
 * platform and PostgreSQL. Whatever the request, the platform never answers 5xx, stores exactly one
 * record per 202 (and nothing else), and answers only with headers of its own.
 */
class RecordSubmissionFuzzIT extends IntegrationTestBase {

    private static final Logger log = LoggerFactory.getLogger(RecordSubmissionFuzzIT.class);
    static final int DEFAULT_SUBMISSIONS = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> FIELDS = List.of("submissionId", "processCode", "actorFolio", "auxiliarId",
            "channel", "capturedAt", "location", "location.lat", "location.lon", "citizen", "citizen.claveElector",
            "citizen.curp", "citizen.nombre", "citizen.apellidoPaterno", "citizen.apellidoMaterno",
            "citizen.fechaNacimiento", "citizen.sexo", "citizen.entidad", "citizen.seccion", "citizen.vigencia",
            "images", "images.anverso", "images.reverso", "images.fotoViva", "images.firma");
    private static final List<String> TEXT_FIELDS = List.of("processCode", "actorFolio", "auxiliarId", "channel",
            "citizen.claveElector", "citizen.curp", "citizen.nombre", "citizen.apellidoPaterno",
            "citizen.apellidoMaterno", "citizen.sexo");
    private static final List<String> IMAGES = List.of("images.anverso", "images.reverso", "images.fotoViva",
            "images.firma");
    private static final List<String> EXTREME_DAYS = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01",
            "0001-01-01", "1899-12-31", "9999-12-31", "2026-02-30", "1985-13-01", "85-03-12", "");
    private static final List<String> EXTREME_INSTANTS = List.of("-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-20T25:00:00Z",
            "2026-11-20T17:45:00+99:00", "2026-11-20");
    private static final List<String> CONTENT_TYPES = List.of("application/x-www-form-urlencoded", "text/plain",
            "multipart/form-data; boundary=x", "application/xml", "application/json;charset=ISO-8859-1",
            "APPLICATION/JSON", "application/jsonp", "application/json; charset=utf-16", "*/*", "");

    /** One request as it is being built: the JSON, or the raw text once an attack broke it, and the envelope. */
    static final class Attack {
        ObjectNode json;
        String raw;
        String contentType = "application/json";
        String token;
        String path = "";
        String query = "";
        String method = "POST";
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> kinds = new ArrayList<>();
        boolean twice;

        String body() {
            return raw != null ? raw : json.toString();
        }

        /** The submissionId a 202 stored, if the body still names one. */
        String submissionId() {
            return json != null && json.path("submissionId").isTextual() ? json.get("submissionId").asText() : null;
        }
    }

    record Mutation(String kind, Consumer<Attack> apply) {
    }

    private record Outcome(int status, String code) {
    }

    @Test
    void mutatedSubmissionsNeverGetA5xxStoreOneRecordPer202AndAnswerOnlyOurHeaders() throws Exception {
        int submissions = Integer.getInteger("captacion.fuzz.submissions", DEFAULT_SUBMISSIONS);
        long seed = Long.getLong("captacion.fuzz.seed", System.nanoTime());
        log.info("Prueba de mutaciones: {} envíos, semilla {} (-Dcaptacion.fuzz.seed={} la repite)",
                submissions, seed, seed);
        Fixture fixture = newFixture();
        Fixture other = otherActorIn(fixture);
        SyntheticSubmissions valid = SyntheticSubmissions.sharingImages(seed, 1_500);
        Random random = new Random(seed);
        // jqwik's own seeding of sampleStream() (as @Property(seed = …) does), so a seed replays a run
        SourceOfRandomness.create(Long.toString(seed));
        // one in twenty unchanged (a quarter of those resent): enough records to count, few enough to be quick
        Iterator<List<Mutation>> mutations = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Mutation>of())),
                Tuple.of(19, mutations(fixture, other).list().ofMinSize(1).ofMaxSize(3))).sampleStream().iterator();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(6, 6, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                new ThreadPoolExecutor.CallerRunsPolicy());
        long start = System.nanoTime();
        int posts = 0;
        while (posts < submissions) {
            Attack attack = new Attack();
            boolean miApoyo = random.nextInt(5) == 0;
            attack.json = json.valueToTree(valid.next(fixture.processCode(), fixture.folio(),
                    miApoyo ? null : fixture.activeAuxiliar(), clock.instant().minusSeconds(60)));
            attack.token = miApoyo ? null : deviceToken(fixture.activeAuxiliar());
            mutations.next().forEach(m -> {
                attack.kinds.add(m.kind());
                m.apply().accept(attack);
            });
            if (attack.kinds.isEmpty()) {
                attack.kinds.add("válido");
                attack.twice = random.nextInt(4) == 0;
            }
            posts += attack.method.equals("POST") ? (attack.twice ? 2 : 1) : 0;
            pool.execute(() -> {
                try {
                    for (int i = 0; i < (attack.twice ? 2 : 1); i++) {
                        HttpResponse<String> answer = client.send(request(attack), HttpResponse.BodyHandlers.ofString());
                        String problem = check(attack, answer, accepted);
                        if (problem != null) {
                            failures.add(problem);
                        }
                        outcomes.computeIfAbsent(new Outcome(answer.statusCode(), codeOf(answer)),
                                o -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(attack.kinds + ": " + e);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Map<String, Long> stored = jdbc.queryForList("""
                select submission_id::text as id, count(*) as n from captacion.citizen_record
                 where actor_id in (?, ?) group by submission_id""", fixture.actorId(), other.actorId())
                .stream().collect(Collectors.toMap(row -> (String) row.get("id"), row -> (Long) row.get("n")));
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach((o, n) -> counts.put(o.status() + " " + o.code(), n.get()));
        log.info("Prueba de mutaciones: {} solicitudes en {} s ({} POST), semilla {}; resultados: {}",
                counts.values().stream().mapToInt(Integer::intValue).sum(), took.toSeconds(), posts, seed, counts);

        assertThat(failures).as("semilla " + seed).isEmpty();
        assertThat(stored.values()).as("a lo más un registro por submissionId").containsOnly(1L);
        assertThat(stored.keySet()).as("exactamente un registro por 202, y nada más").isEqualTo(accepted);
        assertThat(accepted.size()).as("the run must accept some submissions to prove anything").isGreaterThan(posts / 50);
    }

    /** What must hold for every answer; the reason when it does not. */
    private String check(Attack attack, HttpResponse<String> answer, Set<String> accepted) {
        String what = attack.kinds + " " + attack.method + " → " + answer.statusCode() + " " + clip(answer.body());
        if (answer.statusCode() >= 500) {
            return "5xx: " + what;
        }
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (!RecordsApiHeadersIT.ALLOWED.contains(header.getKey().toLowerCase())) {
                return "encabezado ajeno " + header.getKey() + ": " + what;
            }
            for (String value : header.getValue()) {
                if (value.contains("evil.example") || value.contains("JSESSIONID=q")
                        || attack.token != null && attack.token.length() >= 8 && value.contains(attack.token)) {
                    return "encabezado con un valor del cliente " + header.getKey() + ": " + what;
                }
            }
        }
        if (answer.statusCode() >= 400 && (codeOf(answer).isEmpty() || !answer.body().contains("\"message\""))) {
            return "error sin código ni mensaje: " + what;
        }
        if (answer.statusCode() == 202) {
            if (attack.submissionId() == null || !answer.body().contains("\"recordId\"")) {
                return "202 sin registro: " + what;
            }
            accepted.add(attack.submissionId());
        }
        return null;
    }

    private HttpRequest request(Attack attack) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/records" + attack.path + attack.query))
                .timeout(Duration.ofSeconds(60))
                .method(attack.method, attack.method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attack.body(), StandardCharsets.UTF_8));
        if (!attack.contentType.isEmpty()) {
            request.header("Content-Type", attack.contentType);
        }
        if (attack.token != null) {
            request.header("X-Device-Token", attack.token);
        }
        attack.headers.forEach(request::header);
        return request.build();
    }

    // --- the mutations ------------------------------------------------------------------------

    private Arbitrary<Mutation> mutations(Fixture fixture, Fixture other) {
        Arbitrary<String> anyField = Arbitraries.of(FIELDS);
        Arbitrary<String> textField = Arbitraries.of(TEXT_FIELDS);
        Arbitrary<String> image = Arbitraries.of(IMAGES);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 4_000).map(at -> mutation("truncado", a -> {
                    String body = a.body();
                    a.raw = body.substring(0, Math.min(at, body.length()));
                    a.json = null;
                }))),
                Tuple.of(3, anyField.map(field -> mutation("sin " + field, a -> remove(a, field)))),
                Tuple.of(4, Arbitraries.of(wrongTypes()).flatMap(value -> anyField.map(field ->
                        mutation("tipo equivocado", a -> set(a, field, value))))),
                Tuple.of(2, Arbitraries.integers().between(1_000, 100_000).flatMap(length -> textField.map(field ->
                        mutation("texto enorme", a -> set(a, field, NODES.textNode("Ñ".repeat(length))))))),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(20).flatMap(text -> textField.map(field ->
                        mutation("NUL", a -> set(a, field, NODES.textNode(text + "\u0000" + text)))))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).flatMap(text -> textField.map(field ->
                        mutation("texto arbitrario", a -> set(a, field, NODES.textNode(text)))))),
                Tuple.of(3, Arbitraries.of(EXTREME_DAYS).map(day ->
                        mutation("fecha de nacimiento extrema", a -> set(a, "citizen.fechaNacimiento", NODES.textNode(day))))),
                Tuple.of(3, Arbitraries.of(EXTREME_INSTANTS).map(instant ->
                        mutation("captura extrema", a -> set(a, "capturedAt", NODES.textNode(instant))))),
                Tuple.of(2, Arbitraries.of(-1e300, 1e300, 1e19, -62_167_219_200.0, 253_402_300_800.0, 0.0).map(n ->
                        mutation("captura numérica", a -> set(a, "capturedAt", NODES.numberNode(n))))),
                Tuple.of(2, Arbitraries.strings().withChars("!@#$%^&*()=_-.,;: ñ").ofMinLength(1).ofMaxLength(30)
                        .flatMap(text -> image.map(field -> mutation("base64 inválido", a -> set(a, field, NODES.textNode(text)))))),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(600).flatMap(bytes -> image.map(field ->
                        mutation("no es imagen", a -> set(a, field, NODES.textNode(Base64.getEncoder().encodeToString(bytes))))))),
                Tuple.of(2, Arbitraries.integers().between(5_001, 65_535).flatMap(side -> image.map(field ->
                        mutation("bomba de píxeles", a -> set(a, field, NODES.textNode(Base64.getEncoder()
                                .encodeToString(RecordReceptionIT.pixelBomb(side, side)))))))),
                Tuple.of(3, Arbitraries.of(CONTENT_TYPES).map(type -> mutation("Content-Type " + type, a -> a.contentType = type))),
                Tuple.of(3, Arbitraries.of(forgedTokens(fixture, other)).map(token -> mutation("token falsificado", a -> a.token = token))),
                // within Tomcat's 8 KB of request headers, beyond which Tomcat itself refuses the request
                Tuple.of(3, Arbitraries.integers().between(0, 6_000).map(length -> mutation("encabezados hostiles", a -> {
                    a.headers.putAll(RecordsApiHeadersIT.HOSTILE);
                    a.headers.put("X-Relleno", "r".repeat(length));
                    a.query = "?" + RecordsApiHeadersIT.HOSTILE.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                }))),
                Tuple.of(2, Arbitraries.of("MI_APOYO", "AUXILIAR").map(channel ->
                        mutation("canal " + channel, a -> set(a, "channel", NODES.textNode(channel))))),
                Tuple.of(1, Arbitraries.of(other.folio(), other.activeAuxiliar()).map(value ->
                        mutation("de otro actor", a -> set(a, value.startsWith("F") ? "actorFolio" : "auxiliarId",
                                NODES.textNode(value))))),
                Tuple.of(2, Arbitraries.of(UUID.randomUUID().toString(), "no-es-un-uuid", "%20",
                        "00000000-0000-0000-0000-000000000000", "x?Set-Cookie=JSESSIONID%3Dq").map(id -> mutation("consulta", a -> {
                    a.method = "GET";
                    a.path = "/" + id;
                }))));
    }

    private static Mutation mutation(String kind, Consumer<Attack> apply) {
        return new Mutation(kind, apply);
    }

    private static List<JsonNode> wrongTypes() {
        return List.of(NODES.numberNode(42), NODES.numberNode(1e308), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new BigInteger("9".repeat(60))), NODES.numberNode(new BigDecimal("1e400")),
                NODES.booleanNode(true), NODES.arrayNode().add("x"), NODES.objectNode().put("x", 1),
                NODES.textNode("x"), NODES.nullNode(), NODES.textNode(""));
    }

    private static List<String> forgedTokens(Fixture fixture, Fixture other) {
        return List.of(UUID.randomUUID().toString(), "", " ", "x".repeat(1_000),
                deviceToken(other.activeAuxiliar()), deviceToken(fixture.activeAuxiliar()).toUpperCase(),
                deviceToken(fixture.activeAuxiliar()) + "x", "' or '1'='1");
    }

    private static void set(Attack attack, String path, JsonNode value) {
        ObjectNode parent = parent(attack, path);
        if (parent != null) {
            parent.set(path.substring(path.lastIndexOf('.') + 1), value);
        }
    }

    private static void remove(Attack attack, String path) {
        ObjectNode parent = parent(attack, path);
        if (parent != null) {
            parent.remove(path.substring(path.lastIndexOf('.') + 1));
        }
    }

    /** The object holding the field, or null when an earlier mutation broke the JSON or its parent. */
    private static ObjectNode parent(Attack attack, String path) {
        if (attack.json == null) {
            return null;
        }
        int dot = path.indexOf('.');
        JsonNode parent = dot < 0 ? attack.json : attack.json.get(path.substring(0, dot));
        return parent instanceof ObjectNode object ? object : null;
    }

    private String codeOf(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body()).path("code").asText("");
        } catch (Exception notJson) {
            return "";
        }
    }

    private static String clip(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
