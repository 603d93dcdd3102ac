package mx.captacion.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.records.RecordSubmission;

/**
 * Ingestion benchmark against a running platform (see {@code bench/ingestion.sh}, which builds,
 * starts the platform on a fresh PostgreSQL database and runs this). Not a test: a {@code main}.
 *
 * <ol>
 *   <li>inserts its own process, actor and registered auxiliar by JDBC;</li>
 *   <li>builds every submission's JSON before the clock starts;</li>
 *   <li>posts them to {@code POST /api/v1/records} from {@code bench.clients} threads, timing each
 *       acknowledgement;</li>
 *   <li>polls the database until every accepted record is {@code EN_MESA_DE_CONTROL};</li>
 *   <li>times {@code GET /api/v1/actors/{folio}/progress}.</li>
 * </ol>
 *
 * Options (system properties): {@code bench.url} (several, separated by commas: the records are
 * posted to them in turn, as a load balancer would; {@code bench/two-nodes.sh}), {@code bench.records}, {@code bench.clients},
 * {@code bench.imageBytes}, {@code bench.jdbcUrl}, {@code bench.user}, {@code bench.password}.
 * {@code bench.user}/{@code bench.password} are used both for JDBC and as the platform's
 * administrator (HTTP Basic) for the progress report.
 */
public final class IngestionBenchmark {

    private static final long SEED = 20_260_101L;
    private static final int PROGRESS_WARMUPS = 5;
    private static final int PROGRESS_SAMPLES = 50;
    private static final Duration STALL_LIMIT = Duration.ofMinutes(3);

    private final List<String> urls = List.of(System.getProperty("bench.url", "http://localhost:8080").split(","));
    private final String url = urls.get(0);
    private final int records = Integer.getInteger("bench.records", 20_000);
    private final int clients = Integer.getInteger("bench.clients", 64);
    private final int imageBytes = Integer.getInteger("bench.imageBytes", 40_000);
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:5432/captacion_bench");
    private final String user = System.getProperty("bench.user", "bench");
    private final String password = System.getProperty("bench.password", "bench");
    /** Records offered per second in a paced (open-loop) run; 0: every client sends as fast as it can. */
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "0"));
    /** Records sent (and waited for at the desk) before the measured run, for another actor: the JIT's warm-up. */
    private final int warmup = Integer.getInteger("bench.warmup", 0);
    /** The platform's process (its CPU is read from /proc); 0: not measured. */
    private final long platformPid = Long.getLong("bench.platformPid", 0);
    /** The platform's JFR recording named "bench", dumped here for the per-stage breakdown; empty: none. */
    private final String jfr = System.getProperty("bench.jfr", "");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Shared with {@link CrashBenchmark}, which sends the same submissions. */
    record Fixture(String processCode, String folio, long actorId, String auxiliarId, String deviceToken) {
    }

    public static void main(String[] args) throws Exception {
        new IngestionBenchmark().run();
    }

    private void run() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            Fixture fixture = insertFixture(db);
            System.out.printf("Fixture: process %s, actor %s (id %d), auxiliar %s%n",
                    fixture.processCode(), fixture.folio(), fixture.actorId(), fixture.auxiliarId());

            if (warmup > 0) {
                warmUp(db);
            }
            long buildStart = System.nanoTime();
            List<byte[][]> bodies = buildBodies(fixture, records, imageBytes);
            int bodyBytes = Arrays.stream(bodies.get(0)).mapToInt(part -> part.length).sum();
            System.out.printf("Built %,d submissions in %.1f s (%,d bytes each, 4 images of ~%,d bytes)%n",
                    records, seconds(System.nanoTime() - buildStart), bodyBytes, imageBytes);

            // --- ingestion: clients send, this thread watches the database -----------------------
            long[] latencies = new long[records];
            int[] statuses = new int[records];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger acknowledged = new AtomicInteger();
            ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
            CountDownLatch done = new CountDownLatch(clients);
            URI[] recordsUris = urls.stream().map(node -> URI.create(node + "/api/v1/records")).toArray(URI[]::new);

            long platformCpuStart = platformPid > 0 ? CpuTime.ofProcess(platformPid) : -1;
            Map<Long, long[]> threadsStart = platformPid > 0 ? CpuTime.ofJvmThreads(platformPid) : Map.of();
            Map<Long, long[]> threadsLast = new HashMap<>(threadsStart);
            long postgresCpuStart = CpuTime.ofPostgres();
            // this connection's backend counts the records while they go: its CPU is the benchmark's, not the platform's
            long watcherPid = backendPid(db);
            long watcherCpuStart = CpuTime.ofProcess(watcherPid);
            Instant startInstant = Instant.now();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Thread client = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
                            HttpRequest request = HttpRequest.newBuilder(recordsUris[i % recordsUris.length])
                                    .timeout(Duration.ofSeconds(120))
                                    .header("Content-Type", "application/json")
                                    .header("X-Device-Token", fixture.deviceToken())
                                    .POST(publisherOf(bodies.get(i)))
                                    .build();
                            long t0 = System.nanoTime();
                            if (rate > 0) {
                                // open loop: record i is due at i / rate; its latency counts from then, so a
                                // slow answer that delays the next sends is counted, not hidden
                                t0 = start + (long) (i * 1e9 / rate);
                                long wait = t0 - System.nanoTime();
                                if (wait > 0) {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                }
                            }
                            try {
                                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                latencies[i] = System.nanoTime() - t0;
                                statuses[i] = response.statusCode();
                                if (response.statusCode() != 202 && failureSamples.size() < 5) {
                                    failureSamples.add(response.statusCode() + " " + response.body());
                                }
                            } catch (Exception e) {
                                latencies[i] = System.nanoTime() - t0;
                                statuses[i] = -1;
                                if (failureSamples.size() < 5) {
                                    failureSamples.add("no response: " + e);
                                }
                            }
                            acknowledged.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "bench-client-" + c);
                client.start();
            }

            System.out.println();
            System.out.println("    t(s)    acked  received  in-proc   at-desk  desk/s(5s)  desk/s(avg)");
            long ackEnd = 0;
            int accepted = -1;
            long lastPrint = start;
            int lastPrintedDesk = 0;
            int lastDesk = 0;
            long lastDeskChange = start;
            long deskDone;
            while (true) {
                Thread.sleep(ackEnd == 0 ? 250 : 500);
                if (platformPid > 0) {
                    threadsLast.putAll(CpuTime.ofJvmThreads(platformPid)); // keeps the last figure of threads that end
                }
                long now = System.nanoTime();
                if (ackEnd == 0 && done.getCount() == 0) {
                    ackEnd = now;
                    accepted = (int) Arrays.stream(statuses).filter(s -> s == 202).count();
                    System.out.printf("  %6.1f  all %,d requests answered (%,d accepted)%n",
                            seconds(ackEnd - start), records, accepted);
                }
                Map<String, Integer> byStatus = countByStatus(db, fixture.actorId());
                int desk = byStatus.getOrDefault("EN_MESA_DE_CONTROL", 0);
                boolean finished = accepted >= 0 && desk >= accepted;
                if (desk != lastDesk) {
                    lastDeskChange = now;
                }
                if (finished || now - lastPrint >= 5_000_000_000L) {
                    int received = byStatus.values().stream().mapToInt(Integer::intValue).sum();
                    double window = seconds(now - lastPrint);
                    System.out.printf("  %6.1f  %7d  %8d  %7d  %8d  %10.1f  %11.1f%s%n",
                            seconds(now - start), acknowledged.get(), received,
                            byStatus.getOrDefault("EN_PROCESAMIENTO", 0), desk,
                            window > 0 ? (desk - lastPrintedDesk) / window : 0, desk / seconds(now - start),
                            received > desk + byStatus.getOrDefault("EN_PROCESAMIENTO", 0)
                                    ? "  other: " + byStatus : "");
                    lastPrint = now;
                    lastPrintedDesk = desk;
                }
                lastDesk = desk;
                if (finished) {
                    deskDone = now;
                    break;
                }
                if (accepted >= 0 && now - lastDeskChange > STALL_LIMIT.toNanos()) {
                    System.out.printf("%nSTALLED: no record reached the control desk for %d s; %s%n",
                            STALL_LIMIT.toSeconds(), byStatus);
                    deskDone = now;
                    break;
                }
            }

            long platformCpu = platformPid > 0 ? CpuTime.ofProcess(platformPid) - platformCpuStart : -1;
            long[] threadsCpu = null;
            if (platformPid > 0) {
                threadsLast.putAll(CpuTime.ofJvmThreads(platformPid));
                long[] kinds = CpuTime.byKind(threadsStart, threadsLast);
                // [JIT, GC, Java threads, of them the request threads, of them the intake's]; the Java threads are
                // the process's total less the JIT's and the collector's, so a thread never read is not lost
                threadsCpu = new long[] {kinds[CpuTime.JIT], kinds[CpuTime.GC],
                        platformCpu - kinds[CpuTime.JIT] - kinds[CpuTime.GC], kinds[CpuTime.REQUEST], kinds[CpuTime.INTAKE]};
            }
            long watcherCpu = CpuTime.ofProcess(watcherPid) - watcherCpuStart;
            long postgresCpu = CpuTime.ofPostgres() - postgresCpuStart - watcherCpu;
            Instant deskDoneInstant = Instant.now();

            // --- progress report ------------------------------------------------------------------
            long[] progress = timeProgressReport(fixture.folio());

            // --- figures --------------------------------------------------------------------------
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            long failures = Arrays.stream(statuses).filter(s -> s != 202).count();
            double ackSeconds = seconds(ackEnd - start);
            double endToEndSeconds = seconds(deskDone - start);
            int atDesk = countByStatus(db, fixture.actorId()).getOrDefault("EN_MESA_DE_CONTROL", 0);

            System.out.println();
            System.out.println("=== Ingestion benchmark ===");
            System.out.printf("records                 %,d (at the control desk: %,d)%n", records, atDesk);
            System.out.printf("clients                 %d%n", clients);
            for (int node = 0; urls.size() > 1 && node < urls.size(); node++) {
                int n = node;
                System.out.printf("node %d                  %s: %,d posted, %,d acknowledged%n", node + 1, urls.get(node),
                        IntStream.range(0, records).filter(i -> i % urls.size() == n).count(),
                        IntStream.range(0, records).filter(i -> i % urls.size() == n && statuses[i] == 202).count());
            }
            System.out.printf("image size              ~%,d bytes x 4 per record (request body %,d bytes)%n", imageBytes, bodyBytes);
            System.out.printf("total wall time         %.1f s (first send -> last record at the desk)%n", endToEndSeconds);
            System.out.printf("acknowledgement phase   %.1f s%n", ackSeconds);
            System.out.printf("acknowledged/s          %.1f%n", (records - failures) / ackSeconds);
            System.out.printf("records/s end to end    %.1f (%,d / %.1f s)%n", atDesk / endToEndSeconds, atDesk, endToEndSeconds);
            System.out.printf("ack latency (ms)        p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                    millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
            System.out.printf("failures                %d%n", failures);
            if (rate > 0) {
                System.out.printf("offered                 %.1f records/s for %.1f s (paced, open loop)%n", rate, records / rate);
            }
            if (platformCpu >= 0) {
                System.out.printf("CPU per record (ms)     %.2f in all: platform JVM %.2f, PostgreSQL %.2f (first send -> last at the desk;"
                                + " the benchmark's own counting, %.2f, left out)%n",
                        (platformCpu + postgresCpu) / 1e6 / atDesk, platformCpu / 1e6 / atDesk, postgresCpu / 1e6 / atDesk,
                        watcherCpu / 1e6 / atDesk);
                System.out.printf("  of the JVM's           JIT compiler %.2f, garbage collector %.2f, Java threads %.2f"
                                + " (a short run pays more of the JIT's warm-up per record)%n",
                        threadsCpu[0] / 1e6 / atDesk, threadsCpu[1] / 1e6 / atDesk, threadsCpu[2] / 1e6 / atDesk);
                // measured per thread, kernel time included: the stages below share out only what JFR sampled
                System.out.printf("  of the Java threads'   request threads (reception) %.2f, intake threads %.2f, others %.2f%n",
                        threadsCpu[3] / 1e6 / atDesk, threadsCpu[4] / 1e6 / atDesk,
                        (threadsCpu[2] - threadsCpu[3] - threadsCpu[4]) / 1e6 / atDesk);
                if (!jfr.isEmpty()) {
                    printStages(new double[] {threadsCpu[3] / 1e6 / atDesk, threadsCpu[4] / 1e6 / atDesk,
                            (threadsCpu[2] - threadsCpu[3] - threadsCpu[4]) / 1e6 / atDesk}, startInstant, deskDoneInstant);
                }
            }
            failureSamples.forEach(sample -> System.out.println("    " + abbreviate(sample)));
            if (progress.length > 0) {
                System.out.printf("progress report (ms)    p50 %.1f  p99 %.1f  max %.1f  (%d calls after %d warm-ups)%n",
                        millis(percentile(progress, 50)), millis(percentile(progress, 99)),
                        millis(progress[progress.length - 1]), PROGRESS_SAMPLES, PROGRESS_WARMUPS);
            }
            System.out.printf("machine                 %d cores, %s %s (%s), %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vendor"),
                    System.getProperty("java.version"), System.getProperty("os.name"), postgresVersion(db));
        }
    }

    /** A process running today in central Mexico, one actor and one auxiliar registered in the app. */
    static Fixture insertFixture(Connection db) throws SQLException {
        long unique = System.currentTimeMillis(); // 13 digits
        LocalDate today = LocalDate.now(CaptureProcess.ZONE);
        Timestamp now = Timestamp.from(Instant.now());
        String code = "BENCH-" + unique;
        String folio = String.format("F%015d", unique);
        String auxiliarId = "AXB" + unique;
        long processId;
        long actorId;
        try (PreparedStatement ps = db.prepareStatement(
                "insert into captacion.capture_process (code, name, period_start, period_end) values (?, ?, ?, ?) returning id")) {
            ps.setString(1, code);
            ps.setString(2, "Proceso de benchmark " + unique);
            ps.setObject(3, today.minusYears(1));
            ps.setObject(4, today.plusMonths(2));
            processId = single(ps);
        }
        try (PreparedStatement ps = db.prepareStatement("insert into captacion.political_actor (process_id, folio, name,"
                + " representative_name, representative_email, registered_at) values (?, ?, ?, ?, ?, ?) returning id")) {
            ps.setLong(1, processId);
            ps.setString(2, folio);
            ps.setString(3, "Agrupación de benchmark " + unique);
            ps.setString(4, "Representación de benchmark");
            ps.setString(5, "bench" + unique + "@captacion.example");
            ps.setTimestamp(6, now);
            actorId = single(ps);
        }
        // registered in the app: the device token's SHA-256 is what the platform keeps
        String deviceToken = UUID.randomUUID().toString();
        try (PreparedStatement ps = db.prepareStatement("insert into captacion.auxiliar (auxiliar_id, actor_id, name,"
                + " email, status, registered_at, device_token_hash) values (?, ?, ?, ?, 'ACTIVO_REGISTRADO_EN_APP', ?, ?)")) {
            ps.setString(1, auxiliarId);
            ps.setLong(2, actorId);
            ps.setString(3, "Auxiliar de benchmark");
            ps.setString(4, auxiliarId.toLowerCase() + "@captacion.example");
            ps.setTimestamp(5, now);
            ps.setString(6, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(deviceToken.getBytes(StandardCharsets.UTF_8))));
            ps.executeUpdate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Fixture(code, folio, actorId, auxiliarId, deviceToken);
    }

    /**
     * Every submission's JSON, as parts sent back to back: its own data, then the images. One picture
     * set ({@link SyntheticSubmissions#sharingImages}) is drawn once and shared, so it is not held
     * 20,000 times (several GB); a tag in each image's comment ({@link DistinctImageBytes}) still makes
     * every record's four images files of their own, so reception stores and encrypts four new files
     * per record. The pictures are the same, so every record after the first is flagged for image
     * reuse (same path, to the control desk). The bytes on the wire are the full JSON.
     */
    static List<byte[][]> buildBodies(Fixture f, int records, int imageBytes) throws Exception {
        return buildBodies(f, records, imageBytes, true);
    }

    /**
     * As {@link #buildBodies(Fixture, int, int)}; without {@code distinctBytes} every record carries the
     * very same image bytes, and a body is two parts: its head and the images' JSON shared by all.
     */
    static List<byte[][]> buildBodies(Fixture f, int records, int imageBytes, boolean distinctBytes) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SyntheticSubmissions submissions = SyntheticSubmissions.sharingImages(SEED, imageBytes);
        Instant capturedAt = Instant.now().minusSeconds(60);
        Base64.Encoder base64 = Base64.getEncoder();
        Base64.Decoder decoder = Base64.getDecoder();
        String imagesTail = null;
        byte[] sameBytesTail = null;
        // the tail split around each image's tag: shared slices, and per record the tags' Base64
        List<byte[]> slices = new ArrayList<>();
        List<DistinctImageBytes> tagged = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<byte[][]> bodies = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            RecordSubmission s = submissions.next(f.processCode(), f.folio(), f.auxiliarId(), capturedAt);
            String withoutImages = json.writeValueAsString(new RecordSubmission(s.submissionId(), s.processCode(),
                    s.actorFolio(), s.auxiliarId(), s.channel(), s.capturedAt(), s.location(), s.citizen(), null));
            String marker = "\"images\":null}";
            if (!withoutImages.endsWith(marker)) {
                throw new IllegalStateException("Unexpected JSON layout: " + withoutImages);
            }
            String head = withoutImages.substring(0, withoutImages.length() - "null}".length());
            if (imagesTail == null) {
                RecordSubmission.Images shared = s.images();
                sameBytesTail = (json.writeValueAsString(shared) + "}").getBytes(StandardCharsets.US_ASCII);
                Map<String, DistinctImageBytes> byKind = new LinkedHashMap<>();
                for (Map.Entry<String, String> image : Map.of("A", shared.anverso(), "R", shared.reverso(),
                        "F", shared.fotoViva(), "S", shared.firma()).entrySet()) {
                    byKind.put(image.getKey(), new DistinctImageBytes(decoder.decode(image.getValue())));
                }
                RecordSubmission.Images withRoom = new RecordSubmission.Images(
                        base64.encodeToString(byKind.get("A").image()), base64.encodeToString(byKind.get("R").image()),
                        base64.encodeToString(byKind.get("F").image()), base64.encodeToString(byKind.get("S").image()));
                imagesTail = json.writeValueAsString(withRoom) + "}";
                RecordSubmission whole = new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(),
                        s.auxiliarId(), s.channel(), s.capturedAt(), s.location(), s.citizen(), withRoom);
                if (!(head + imagesTail).equals(json.writeValueAsString(whole))) {
                    throw new IllegalStateException("The split JSON differs from the whole submission's JSON");
                }
                String tail = imagesTail;
                List<String> inOrder = new ArrayList<>(byKind.keySet());
                inOrder.sort(Comparator.comparingInt(
                        kind -> tail.indexOf(base64.encodeToString(byKind.get(kind).image()))));
                int from = 0;
                for (String kind : inOrder) {
                    DistinctImageBytes image = byKind.get(kind);
                    int at = tail.indexOf(base64.encodeToString(image.image())) + image.base64Start();
                    slices.add(tail.substring(from, at).getBytes(StandardCharsets.US_ASCII));
                    from = at + image.base64Length();
                    tagged.add(image);
                    kinds.add(kind);
                }
                slices.add(tail.substring(from).getBytes(StandardCharsets.US_ASCII));
            }
            if (!distinctBytes) {
                bodies.add(new byte[][] {head.getBytes(StandardCharsets.UTF_8), sameBytesTail});
                continue;
            }
            byte[][] parts = new byte[2 + 2 * tagged.size()][];
            parts[0] = head.getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < tagged.size(); k++) {
                parts[1 + 2 * k] = slices.get(k);
                parts[2 + 2 * k] = tagged.get(k).region(kinds.get(k), i);
            }
            parts[parts.length - 1] = slices.get(slices.size() - 1);
            bodies.add(parts);
        }
        return bodies;
    }

    /** The parts as one body, with its Content-Length (as the app sends it), not chunked. */
    static HttpRequest.BodyPublisher publisherOf(byte[][] parts) {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(Arrays.asList(parts)), length);
    }

    /** Records of the actor by status. Shared with {@link CrashBenchmark}. */
    static Map<String, Integer> countByStatus(Connection db, long actorId) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "select status, count(*) from captacion.citizen_record where actor_id = ? group by status")) {
            ps.setLong(1, actorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * Sends {@code bench.warmup} records of an actor of their own from 16 clients as fast as they go
     * and waits until all are at the desk, so the measured run starts on compiled code: a fresh JVM
     * spends its first minute compiling (15.6 ms of JIT CPU per record in a 1,800-record run).
     */
    private void warmUp(Connection db) throws Exception {
        Thread.sleep(2); // another millisecond, another fixture
        Fixture other = insertFixture(db);
        List<byte[][]> bodies = buildBodies(other, warmup, imageBytes);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            Thread sender = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < warmup; i = next.getAndIncrement()) {
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()) + "/api/v1/records"))
                                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                                .header("X-Device-Token", other.deviceToken()).POST(publisherOf(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.discarding());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        // a warm-up record lost is only a record less of warm-up
                    }
                }
            }, "bench-warmup-" + c);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        while (countByStatus(db, other.actorId()).getOrDefault("EN_PROCESAMIENTO", 0) > 0) {
            Thread.sleep(500);
        }
        System.out.printf("Warm-up: %,d records of another actor sent and taken in, %.1f s%n", warmup,
                seconds(System.nanoTime() - start));
    }

    /**
     * The JVM's CPU per record shared out by stage, from the platform's JFR execution samples: the request
     * threads' measured CPU over the reception's stages, the intake threads' over the intake's, the rest
     * over the others. JFR samples only Java code, so shared out over all stages at once the CPU of file and
     * socket I/O (reception's, mostly) would be given to pure-Java stages such as the perceptual hash.
     */
    private void printStages(double[] millisPerRecord, Instant from, Instant to) throws Exception {
        Process dump = new ProcessBuilder("jcmd", Long.toString(platformPid), "JFR.dump", "name=bench", "filename=" + jfr)
                .redirectErrorStream(true).start();
        String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (dump.waitFor() != 0 || !Files.exists(Path.of(jfr))) {
            System.out.println("per-stage breakdown     not available: " + abbreviate(output.strip()));
            return;
        }
        Map<String, Long> samples = StageProfile.samples(Path.of(jfr), from, to);
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> byGroup = new HashMap<>();
        samples.forEach((stage, count) -> byGroup.merge(group(stage), count, Long::sum));
        System.out.printf("per stage (CPU ms per record: each thread group's measured CPU shared out by its share of %,d JFR samples)%n",
                total);
        samples.forEach((stage, count) -> {
            String group = group(stage);
            double groupMillis = millisPerRecord[group.equals("reception") ? 0 : group.equals("intake") ? 1 : 2];
            long groupSamples = byGroup.getOrDefault(group, 0L);
            System.out.printf("    %-62s %6.2f  (%4.1f %% of the samples)%n", stage,
                    groupSamples == 0 ? 0 : groupMillis * count / groupSamples, total == 0 ? 0 : 100.0 * count / total);
        });
    }

    private static String group(String stage) {
        return stage.startsWith("reception") ? "reception" : stage.startsWith("intake") ? "intake" : "other";
    }

    /** Sorted durations (ns) of the timed calls; empty if the report failed. */
    private long[] timeProgressReport(String folio) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/actors/" + folio + "/progress"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        long[] samples = new long[PROGRESS_SAMPLES];
        for (int i = -PROGRESS_WARMUPS; i < PROGRESS_SAMPLES; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                System.out.println("Progress report failed: " + response.statusCode() + " " + abbreviate(response.body()));
                return new long[0];
            }
            if (i == -PROGRESS_WARMUPS) {
                System.out.println();
                System.out.println("Progress report: " + abbreviate(response.body()));
            }
            if (i >= 0) {
                samples[i] = elapsed;
            }
        }
        Arrays.sort(samples);
        return samples;
    }

    private static long backendPid(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("select pg_backend_pid()")) {
            return single(ps);
        }
    }

    static String postgresVersion(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("select version()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
