package mx.captacion.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import mx.captacion.benchmark.IngestionBenchmark.Fixture;
import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.RecordStatus;

/**
 * Crash safety against a running platform (see {@code bench/crash.sh}, which starts the platform,
 * kills it with {@code kill -9} in the middle of this class's burst, restarts it and runs this again).
 * Not a test: a {@code main} in two phases, {@code bench.phase}:
 *
 * <ol>
 *   <li>{@code send} inserts the fixture, writes every submission to {@code bench.state} (a folder),
 *       posts them from {@code bench.clients} threads and creates {@code bench.state/kill-now} once
 *       {@code bench.killAfter} is reached ({@code 40%} of the records acknowledged, or {@code 30s}
 *       after the first post); the script kills the platform then. Each submission's outcome — answered
 *       202/200 or not — goes to {@code outcomes.tsv}.</li>
 *   <li>{@code verify}, after the restart, re-sends every submission without an acknowledgement with its
 *       own {@code submissionId}, waits until no record waits for processing (giving up once none settled
 *       for {@code bench.settleSeconds}, counted from the last job lock the killed platform left), and checks outcomes
 *       in the database, not the mechanism: every submission stored exactly once, with exactly one
 *       {@code citizen-record} process instance (running or in history, by business key = record id),
 *       waiting at the control desk with exactly one open {@code ControlDeskReview} task or ended by the
 *       rules. It prints the counts and exits 1 on any violation.</li>
 * </ol>
 *
 * Other options as {@link IngestionBenchmark}'s: {@code bench.url}, {@code bench.records},
 * {@code bench.imageBytes}, {@code bench.jdbcUrl}, {@code bench.user}, {@code bench.password}.
 */
public final class CrashBenchmark {

    /** What the sender of a submission learnt from its post. */
    enum Outcome {
        /** 202 or 200: the platform promised to keep the record. */
        ACKED,
        /** Another HTTP answer (a refusal or an error): nothing promised. */
        REFUSED,
        /** Connected, then the connection died before an answer: stored or not, the sender cannot know. */
        NO_ANSWER,
        /** No connection at all: nothing reached the platform. */
        NOT_SENT
    }

    record Answer(Outcome outcome, int httpStatus, String recordId) {
    }

    private record Stored(String recordId, String status) {
    }

    /** Jobs locked by the job executors {@code owners}, the last lock expiring at {@code until} (null if none). */
    private record Locks(Set<String> owners, int jobs, Instant until) {
    }

    private static final String FIXTURE = "fixture.properties";
    private static final String SUBMISSIONS = "submissions.jsonl";
    private static final String IMAGES = "images.json";
    private static final String OUTCOMES = "outcomes.tsv";
    private static final String KILL_NOW = "kill-now";
    private static final String KILLED_LOCKS = "killed-locks.properties";
    private static final int RESEND_ATTEMPTS = 5;
    /** Where a record may rest once processed: waiting at the desk, or ended by the rules. */
    private static final Set<String> SETTLED = Set.of(RecordStatus.EN_MESA_DE_CONTROL.name(),
            RecordStatus.DUPLICADO.name(), RecordStatus.CON_INCONSISTENCIA.name());

    private final String url = System.getProperty("bench.url", "http://localhost:8281");
    private final int records = Integer.getInteger("bench.records", 3_000);
    private final int clients = Integer.getInteger("bench.clients", 64);
    private final int imageBytes = Integer.getInteger("bench.imageBytes", 40_000);
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:5432/captacion_bench_crash");
    private final String user = System.getProperty("bench.user", "bench");
    private final String password = System.getProperty("bench.password", "bench");
    private final Path state = Path.of(System.getProperty("bench.state", "target/crash"));
    private final String killAfter = System.getProperty("bench.killAfter", "40%");
    private final int settleSeconds = Integer.getInteger("bench.settleSeconds", 180);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static void main(String[] args) throws Exception {
        CrashBenchmark benchmark = new CrashBenchmark();
        String phase = System.getProperty("bench.phase", "");
        switch (phase) {
            case "send" -> benchmark.send();
            case "verify" -> System.exit(benchmark.verify() ? 0 : 1);
            default -> throw new IllegalArgumentException("bench.phase must be send or verify, not «" + phase + "»");
        }
    }

    // --- phase 1: the burst the platform dies in ---------------------------------------------------

    private void send() throws Exception {
        Files.createDirectories(state);
        Files.deleteIfExists(state.resolve(KILL_NOW));
        Fixture fixture;
        try (Connection db = connect()) {
            fixture = IngestionBenchmark.insertFixture(db);
        }
        writeFixture(fixture);
        // the heads differ, the images are the same bytes in all, so a resend is the very same body
        List<byte[][]> bodies = IngestionBenchmark.buildBodies(fixture, records, imageBytes, false);
        Files.write(state.resolve(IMAGES), bodies.get(0)[1]);
        try (Writer out = Files.newBufferedWriter(state.resolve(SUBMISSIONS))) {
            for (byte[][] body : bodies) {
                out.write(new String(body[0], StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        List<String> ids = new ArrayList<>(records);
        for (byte[][] body : bodies) {
            ids.add(submissionIdOf(body[0]));
        }

        int ackTarget = killAfter.endsWith("%")
                ? (int) Math.ceil(records * Double.parseDouble(killAfter.substring(0, killAfter.length() - 1)) / 100)
                : Integer.MAX_VALUE;
        long killAtNanos = killAfter.endsWith("s")
                ? Duration.ofSeconds(Long.parseLong(killAfter.substring(0, killAfter.length() - 1))).toNanos()
                : Long.MAX_VALUE;
        System.out.printf("Sending %,d records from %d clients; the platform is killed after %s%n",
                records, clients, killAfter.endsWith("%") ? String.format("%,d acknowledgements (%s)", ackTarget, killAfter)
                        : killAfter);

        Answer[] answers = new Answer[records];
        AtomicInteger acked = new AtomicInteger();
        long start = System.nanoTime();
        CountDownLatch done = sendAll(fixture, bodies, allIndexes(records), (i, answer) -> {
            answers[i] = answer;
            if (answer.outcome() == Outcome.ACKED) {
                acked.incrementAndGet();
            }
        });
        long killRequested = 0;
        Instant killRequestedAt = null;
        int ackedAtRequest = 0;
        while (!done.await(20, TimeUnit.MILLISECONDS)) {
            if (killRequested == 0 && (acked.get() >= ackTarget || System.nanoTime() - start >= killAtNanos)) {
                killRequested = System.nanoTime();
                killRequestedAt = Instant.now();
                ackedAtRequest = acked.get();
                Files.createFile(state.resolve(KILL_NOW));
                System.out.printf("  %6.1f s  %,d acknowledged: kill requested%n", seconds(killRequested - start), ackedAtRequest);
            }
        }
        long end = System.nanoTime();
        if (killRequested == 0) {
            System.out.println("Every record was answered before the kill point: nothing was tested. Lower bench.killAfter.");
            System.exit(2);
        }

        try (Writer out = Files.newBufferedWriter(state.resolve(OUTCOMES))) {
            for (int i = 0; i < records; i++) {
                Answer a = answers[i];
                out.write(i + "\t" + ids.get(i) + "\t" + a.outcome() + "\t" + a.httpStatus() + "\t"
                        + (a.recordId() == null ? "" : a.recordId()) + "\n");
            }
        }
        Map<Outcome, Integer> byOutcome = countOutcomes(answers);
        System.out.printf("  %6.1f s  every post answered or failed: %s (%,d acknowledged after the kill request, "
                        + "before the kill landed)%n",
                seconds(end - start), byOutcome, byOutcome.getOrDefault(Outcome.ACKED, 0) - ackedAtRequest);

        // once the platform refuses connections, the jobs locked are the ones the dead JVM held
        awaitDeath();
        Locks left;
        try (Connection db = connect()) {
            left = lockedJobs(db, null);
        }
        Properties p = new Properties();
        p.setProperty("killRequestedAt", killRequestedAt.toString());
        p.setProperty("owners", String.join(",", left.owners()));
        p.setProperty("jobs", Integer.toString(left.jobs()));
        p.setProperty("until", left.until() == null ? "" : left.until().toString());
        try (Writer out = Files.newBufferedWriter(state.resolve(KILLED_LOCKS))) {
            p.store(out, "Jobs the killed platform left locked");
        }
        System.out.printf("The killed platform left %,d jobs locked%s%n", left.jobs(), left.until() == null ? ""
                : String.format(" by %s, the last until %s (%.0f s after the kill request)", left.owners(), left.until(),
                Duration.between(killRequestedAt, left.until()).toMillis() / 1000.0));
    }

    // --- phase 2: after the restart ------------------------------------------------------------------

    private boolean verify() throws Exception {
        Fixture fixture = readFixture();
        byte[] images = Files.readAllBytes(state.resolve(IMAGES));
        List<String> heads = Files.readAllLines(state.resolve(SUBMISSIONS));
        List<String[]> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(state.resolve(OUTCOMES))) {
            outcomes.add(line.split("\t", -1));
        }
        int n = outcomes.size();
        String[] ids = new String[n];
        Answer[] first = new Answer[n];
        for (String[] row : outcomes) {
            int i = Integer.parseInt(row[0]);
            ids[i] = row[1];
            first[i] = new Answer(Outcome.valueOf(row[2]), Integer.parseInt(row[3]), row[4].isEmpty() ? null : row[4]);
        }
        List<byte[][]> bodies = new ArrayList<>(n);
        for (String head : heads) {
            bodies.add(new byte[][] {head.getBytes(StandardCharsets.UTF_8), images});
        }

        try (Connection db = connect()) {
            long start = System.nanoTime();
            Instant restart = Instant.now();
            Properties killed = new Properties();
            try (Reader in = Files.newBufferedReader(state.resolve(KILLED_LOCKS))) {
                killed.load(in);
            }
            Instant killedAt = Instant.parse(killed.getProperty("killRequestedAt"));
            Set<String> killedOwners = killed.getProperty("owners").isEmpty() ? Set.of()
                    : Set.of(killed.getProperty("owners").split(","));
            Instant lastLock = killed.getProperty("until").isEmpty() ? null : Instant.parse(killed.getProperty("until"));
            Locks still = lockedJobs(db, killedOwners);
            System.out.printf("At the restart (%.0f s after the kill): %,d of the %s jobs the killed platform locked are"
                            + " still locked%s%n", Duration.between(killedAt, restart).toMillis() / 1000.0, still.jobs(),
                    killed.getProperty("jobs"), still.until() == null ? ""
                            : String.format(", the last for %.0f s more", Duration.between(restart, still.until()).toMillis() / 1000.0));

            // --- re-send what was not acknowledged -------------------------------------------------------
            List<Integer> unacked = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (first[i].outcome() != Outcome.ACKED) {
                    unacked.add(i);
                }
            }
            Answer[] resent = new Answer[n];
            AtomicInteger retries = new AtomicInteger();
            sendAll(fixture, bodies, unacked, (i, answer) -> resent[i] = answer, retries).await();
            long resendEnd = System.nanoTime();
            Map<Integer, Integer> resentByStatus = new TreeMap<>();
            unacked.forEach(i -> resentByStatus.merge(resent[i].httpStatus(), 1, Integer::sum));
            System.out.printf("Re-sent %,d submissions in %.1f s (HTTP status -> count, -1 = no answer: %s; %d retries)%n",
                    unacked.size(), seconds(resendEnd - start), resentByStatus, retries.get());

            // --- wait until nothing waits for processing ---------------------------------------------------
            // a backlog takes as long as it takes: give up only once nothing moved for settleSeconds
            // past the killed platform's last lock
            Instant locksGone = lastLock != null && lastLock.isAfter(Instant.now()) ? lastLock : Instant.now();
            Instant lastProgress = Instant.now();
            int lastUnsettled = Integer.MAX_VALUE;
            System.out.printf("%nWaiting until no record waits for processing (giving up %d s without progress after %s)%n",
                    settleSeconds, locksGone);
            System.out.println("    t(s)  records  unsettled  at-desk  by-rules  jobs: killed-locked/locked/due  incidents  other statuses");
            long settled = 0;
            while (true) {
                Map<String, Integer> byStatus = IngestionBenchmark.countByStatus(db, fixture.actorId());
                int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
                int unsettled = total - byStatus.entrySet().stream().filter(e -> SETTLED.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue).sum();
                int[] jobs = jobCounts(db, killedOwners);
                Map<String, Integer> others = new TreeMap<>(byStatus);
                others.keySet().removeAll(SETTLED);
                System.out.printf("  %6.1f  %7d  %9d  %7d  %8d  %18d/%d/%-5d  %9d  %s%n", seconds(System.nanoTime() - start),
                        total, unsettled, byStatus.getOrDefault(RecordStatus.EN_MESA_DE_CONTROL.name(), 0),
                        byStatus.getOrDefault(RecordStatus.DUPLICADO.name(), 0)
                                + byStatus.getOrDefault(RecordStatus.CON_INCONSISTENCIA.name(), 0),
                        jobs[0], jobs[1], jobs[2], incidentCount(db), others.isEmpty() ? "" : others);
                if (unsettled == 0) {
                    settled = System.nanoTime();
                    break;
                }
                if (unsettled < lastUnsettled) {
                    lastUnsettled = unsettled;
                    lastProgress = Instant.now();
                }
                Instant from = lastProgress.isAfter(locksGone) ? lastProgress : locksGone;
                if (Instant.now().isAfter(from.plusSeconds(settleSeconds))) {
                    System.out.printf("Gave up waiting: no record settled for %d s.%n", settleSeconds);
                    break;
                }
                Thread.sleep(5_000);
            }

            return check(db, fixture, ids, first, resent, unacked, start, resendEnd, settled, killedAt, restart, lastLock);
        }
    }

    private boolean check(Connection db, Fixture fixture, String[] ids, Answer[] first, Answer[] resent,
                          List<Integer> unacked, long start, long resendEnd, long settled, Instant killedAt,
                          Instant restart, Instant lastLock) throws SQLException {
        Map<String, List<Stored>> bySubmission = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "select id::text, submission_id::text, status from captacion.citizen_record where actor_id = ?")) {
            ps.setLong(1, fixture.actorId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bySubmission.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Stored(rs.getString(1), rs.getString(3)));
                }
            }
        }
        // a citizen-record instance, running or ended, of each business key (= record id)
        Map<String, Integer> instances = countByKey(db, """
                select business_key_, count(distinct id) from (
                  select proc_inst_id_ as id, business_key_ from act_hi_procinst where proc_def_key_ = ?
                  union
                  select e.proc_inst_id_, e.business_key_ from act_ru_execution e
                    join act_re_procdef d on d.id_ = e.proc_def_id_
                   where d.key_ = ? and e.id_ = e.proc_inst_id_
                ) i group by business_key_""", CitizenRecordProcess.KEY, CitizenRecordProcess.KEY);
        Map<String, Integer> deskTasks = countByKey(db, """
                select e.business_key_, count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                 where t.task_def_key_ = ? group by e.business_key_""", CitizenRecordProcess.TASK_CONTROL_DESK);

        int n = ids.length;
        Map<Outcome, Integer> firstOutcomes = countOutcomes(first);
        int ackedCreated = 0;
        int ackedResent = 0;
        for (Answer a : first) {
            if (a.outcome() == Outcome.ACKED) {
                if (a.httpStatus() == 202) {
                    ackedCreated++;
                } else {
                    ackedResent++;
                }
            }
        }
        int resentNew = 0;
        int resentKnown = 0;
        int resentFailed = 0;
        for (int i : unacked) {
            switch (resent[i].httpStatus()) {
                case 202 -> resentNew++;
                case 200 -> resentKnown++;
                default -> resentFailed++;
            }
        }
        int storedRecords = bySubmission.values().stream().mapToInt(List::size).sum();
        long storedTwice = bySubmission.values().stream().filter(list -> list.size() > 1).count();
        Set<String> ours = new HashSet<>(List.of(ids));
        long foreign = bySubmission.keySet().stream().filter(id -> !ours.contains(id)).count();

        List<String> violations = new ArrayList<>();
        int notStored = 0;
        int oneInstance = 0;
        int noInstance = 0;
        int manyInstances = 0;
        int atDesk = 0;
        int deskWithoutOneTask = 0;
        Map<String, Integer> byRules = new TreeMap<>();
        Map<String, Integer> stuck = new TreeMap<>();
        int acknowledgedStoredOnce = 0;
        int resentStoredOnce = 0;
        for (int i = 0; i < n; i++) {
            boolean acked = first[i].outcome() == Outcome.ACKED;
            String who = (acked ? "acknowledged" : "re-sent (first " + first[i].outcome() + ")") + " submission " + ids[i];
            if (!acked && resent[i].outcome() != Outcome.ACKED) {
                violations.add(who + ": the re-send was answered " + resent[i].httpStatus());
            }
            List<Stored> stored = bySubmission.getOrDefault(ids[i], List.of());
            if (stored.size() != 1) {
                if (stored.isEmpty()) {
                    notStored++;
                }
                violations.add(who + ": stored " + stored.size() + " times " + stored);
                continue;
            }
            if (acked) {
                acknowledgedStoredOnce++;
            } else {
                resentStoredOnce++;
            }
            Stored record = stored.get(0);
            String answered = acked ? first[i].recordId() : resent[i].recordId();
            if (answered != null && !answered.equals(record.recordId())) {
                violations.add(who + ": answered record " + answered + " but stored " + record.recordId());
            }
            int count = instances.getOrDefault(record.recordId(), 0);
            if (count == 1) {
                oneInstance++;
            } else {
                if (count == 0) {
                    noInstance++;
                } else {
                    manyInstances++;
                }
                violations.add(who + ": record " + record.recordId() + " (" + record.status() + ") has " + count
                        + " citizen-record process instances");
            }
            int tasks = deskTasks.getOrDefault(record.recordId(), 0);
            if (record.status().equals(RecordStatus.EN_MESA_DE_CONTROL.name())) {
                if (tasks == 1) {
                    atDesk++;
                } else {
                    deskWithoutOneTask++;
                    violations.add(who + ": record " + record.recordId() + " is at the desk with " + tasks + " open tasks");
                }
            } else if (SETTLED.contains(record.status())) {
                byRules.merge(record.status(), 1, Integer::sum);
                if (tasks != 0) {
                    violations.add(who + ": record " + record.recordId() + " is " + record.status() + " with " + tasks
                            + " open desk tasks");
                }
            } else {
                stuck.merge(record.status(), 1, Integer::sum);
                violations.add(who + ": record " + record.recordId() + " still " + record.status());
            }
        }
        if (foreign > 0) {
            violations.add(foreign + " stored submissionIds were never sent");
        }
        int incidents = incidentCount(db);
        if (incidents > 0) {
            violations.add(incidents + " open incidents: " + incidentMessages(db));
        }

        int acked = firstOutcomes.getOrDefault(Outcome.ACKED, 0);
        System.out.println();
        System.out.println("=== Crash benchmark ===");
        System.out.printf("submissions                       %,d%n", n);
        System.out.printf("acknowledged before the kill      %,d (202: %,d, 200: %,d)%n", acked, ackedCreated, ackedResent);
        System.out.printf("not acknowledged                  %,d (connection lost before an answer: %,d, not sent: %,d,"
                        + " another HTTP answer: %,d)%n", unacked.size(), firstOutcomes.getOrDefault(Outcome.NO_ANSWER, 0),
                firstOutcomes.getOrDefault(Outcome.NOT_SENT, 0), firstOutcomes.getOrDefault(Outcome.REFUSED, 0));
        System.out.printf("re-sent after the restart         %,d (202 new: %,d, 200 stored before the kill: %,d,"
                + " not acknowledged: %,d)%n", unacked.size(), resentNew, resentKnown, resentFailed);
        System.out.printf("stored records                    %,d (acknowledged stored once: %,d of %,d;"
                        + " re-sent stored once: %,d of %,d; not stored: %,d)%n",
                storedRecords, acknowledgedStoredOnce, acked, resentStoredOnce, unacked.size(), notStored);
        System.out.printf("submissionIds stored twice or more %,d (must be 0); records of no sent submission: %,d%n",
                storedTwice, foreign);
        System.out.printf("process instances per record      1: %,d, none: %,d, more than 1: %,d%n",
                oneInstance, noInstance, manyInstances);
        System.out.printf("at the control desk               %,d (one open ControlDeskReview each; without exactly one: %,d)%n",
                atDesk, deskWithoutOneTask);
        System.out.printf("ended by the rules                %,d %s%n",
                byRules.values().stream().mapToInt(Integer::intValue).sum(), byRules);
        System.out.printf("stuck                             %,d %s%n", stuck.values().stream().mapToInt(Integer::intValue).sum(), stuck);
        System.out.printf("open incidents                    %,d%n", incidents);
        System.out.printf("re-send phase                     %.1f s%n", seconds(resendEnd - start));
        System.out.printf("settled                           %s%n", settled == 0 ? "no (timed out)"
                : String.format("%.1f s after the verification started", seconds(settled - start)));
        System.out.printf("restart                           verification started %.1f s after the kill%n",
                Duration.between(killedAt, restart).toMillis() / 1000.0);
        if (lastLock != null) {
            double afterRestart = Duration.between(restart, lastLock).toMillis() / 1000.0;
            System.out.printf("last job lock of the killed node  expired %.1f s after the kill, %.1f s %s the verification started%n",
                    Duration.between(killedAt, lastLock).toMillis() / 1000.0, Math.abs(afterRestart),
                    afterRestart >= 0 ? "after" : "before");
        }
        System.out.printf("machine                           %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vendor"), System.getProperty("java.version"), IngestionBenchmark.postgresVersion(db));
        if (violations.isEmpty()) {
            System.out.println("VERDICT                           OK: every acknowledged record stored once and settled;"
                    + " every re-sent one stored once");
            return true;
        }
        System.out.printf("VERDICT                           %,d VIOLATIONS; the first ones:%n", violations.size());
        violations.stream().limit(20).forEach(v -> System.out.println("    " + v));
        return false;
    }

    // --- sending -----------------------------------------------------------------------------------------

    private interface AnswerSink {
        void accept(int index, Answer answer);
    }

    private CountDownLatch sendAll(Fixture fixture, List<byte[][]> bodies, List<Integer> indexes, AnswerSink sink) {
        return sendAll(fixture, bodies, indexes, sink, null);
    }

    /**
     * Posts the submissions at {@code indexes} from {@link #clients} threads. With {@code retries}, a
     * submission without an acknowledgement is posted again (as the app would) up to
     * {@link #RESEND_ATTEMPTS} times, unless the platform refused it with a 4xx.
     */
    private CountDownLatch sendAll(Fixture fixture, List<byte[][]> bodies, List<Integer> indexes, AnswerSink sink,
                                   AtomicInteger retries) {
        URI recordsUri = URI.create(url + "/api/v1/records");
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(clients, indexes.size()));
        CountDownLatch done = new CountDownLatch(threads);
        for (int c = 0; c < threads; c++) {
            Thread client = new Thread(() -> {
                try {
                    for (int k = next.getAndIncrement(); k < indexes.size(); k = next.getAndIncrement()) {
                        int i = indexes.get(k);
                        Answer answer = post(recordsUri, fixture, bodies.get(i));
                        for (int attempt = 1; retries != null && attempt < RESEND_ATTEMPTS
                                && answer.outcome() != Outcome.ACKED && answer.httpStatus() / 100 != 4; attempt++) {
                            retries.incrementAndGet();
                            sleep(2_000L * attempt);
                            answer = post(recordsUri, fixture, bodies.get(i));
                        }
                        sink.accept(i, answer);
                    }
                } finally {
                    done.countDown();
                }
            }, "crash-client-" + c);
            client.start();
        }
        return done;
    }

    private void awaitDeath() throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 100; i++) {
            try {
                http.send(health, HttpResponse.BodyHandlers.discarding());
            } catch (ConnectException e) {
                return;
            } catch (IOException e) {
                // dying: try again
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The platform still answers at " + url + " 10 s after the kill was requested");
    }

    private Answer post(URI recordsUri, Fixture fixture, byte[][] body) {
        HttpRequest request = HttpRequest.newBuilder(recordsUri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("X-Device-Token", fixture.deviceToken())
                .POST(IngestionBenchmark.publisherOf(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 202 || status == 200) {
                return new Answer(Outcome.ACKED, status, json.readTree(response.body()).path("recordId").asText(null));
            }
            return new Answer(Outcome.REFUSED, status, null);
        } catch (ConnectException e) {
            return new Answer(Outcome.NOT_SENT, -1, null);
        } catch (IOException e) {
            return new Answer(Outcome.NO_ANSWER, -1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.NO_ANSWER, -1, null);
        }
    }

    // --- the database ---------------------------------------------------------------------------------

    /** A connection, waiting up to two minutes while the PostgreSQL server has none free (it is shared). */
    private Connection connect() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(jdbcUrl, user, password);
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                System.out.println("PostgreSQL has no connection free (too_many_connections); trying again in 2 s");
                Thread.sleep(2_000);
            }
        }
    }

    /**
     * The jobs locked now by {@code owners} (by anyone if null). The job executor takes a job only once its
     * lock expired ({@code camunda.bpm.job-execution.lock-time-in-millis}, Camunda's 5 minutes unless set),
     * and a restarted platform is a new lock owner that does not release the locks of the dead one.
     * The lock's expiry is written and read in the JVMs' time zone, as the platform's engine does.
     */
    private static Locks lockedJobs(Connection db, Set<String> owners) throws SQLException {
        Instant now = Instant.now();
        int jobs = 0;
        Instant until = null;
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement("select lock_owner_, lock_exp_time_ from act_ru_job");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp expiry = rs.getTimestamp(2);
                if (expiry != null && expiry.toInstant().isAfter(now) && (owners == null || owners.contains(rs.getString(1)))) {
                    jobs++;
                    seen.add(rs.getString(1));
                    if (until == null || expiry.toInstant().isAfter(until)) {
                        until = expiry.toInstant();
                    }
                }
            }
        }
        return new Locks(seen, jobs, until);
    }

    /** Jobs locked now by {@code killedOwners}, by others, and jobs due and free (what the job executor may take). */
    private static int[] jobCounts(Connection db, Set<String> killedOwners) throws SQLException {
        Instant now = Instant.now();
        int[] counts = new int[3];
        try (PreparedStatement ps = db.prepareStatement("select lock_owner_, lock_exp_time_, retries_, duedate_ from act_ru_job");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp lock = rs.getTimestamp(2);
                Timestamp dueDate = rs.getTimestamp(4);
                if (lock != null && lock.toInstant().isAfter(now)) {
                    counts[killedOwners.contains(rs.getString(1)) ? 0 : 1]++;
                } else if (rs.getInt(3) > 0 && (dueDate == null || !dueDate.toInstant().isAfter(now))) {
                    counts[2]++;
                }
            }
        }
        return counts;
    }

    private static int incidentCount(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("select count(*) from act_ru_incident");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String incidentMessages(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "select left(incident_msg_, 200), count(*) from act_ru_incident group by 1 order by 2 desc limit 5");
             ResultSet rs = ps.executeQuery()) {
            List<String> messages = new ArrayList<>();
            while (rs.next()) {
                messages.add(rs.getInt(2) + " × " + rs.getString(1));
            }
            return String.join(" | ", messages);
        }
    }

    private static Map<String, Integer> countByKey(Connection db, String sql, String... parameters) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int p = 0; p < parameters.length; p++) {
                ps.setString(p + 1, parameters[p]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    // --- the state between the phases ----------------------------------------------------------------

    private void writeFixture(Fixture f) throws IOException {
        Properties p = new Properties();
        p.setProperty("processCode", f.processCode());
        p.setProperty("folio", f.folio());
        p.setProperty("actorId", Long.toString(f.actorId()));
        p.setProperty("auxiliarId", f.auxiliarId());
        p.setProperty("deviceToken", f.deviceToken());
        try (Writer out = Files.newBufferedWriter(state.resolve(FIXTURE))) {
            p.store(out, "CrashBenchmark fixture");
        }
    }

    private Fixture readFixture() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(state.resolve(FIXTURE))) {
            p.load(in);
        }
        return new Fixture(p.getProperty("processCode"), p.getProperty("folio"), Long.parseLong(p.getProperty("actorId")),
                p.getProperty("auxiliarId"), p.getProperty("deviceToken"));
    }

    private String submissionIdOf(byte[] head) throws IOException {
        // the head is the submission's JSON up to "images": (IngestionBenchmark.buildBodies)
        return json.readTree(new String(head, StandardCharsets.UTF_8) + "null}").path("submissionId").asText();
    }

    private static Map<Outcome, Integer> countOutcomes(Answer[] answers) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Answer a : answers) {
            counts.merge(a.outcome(), 1, Integer::sum);
        }
        return counts;
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
