package mx.captacion.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Report benchmark against a running platform (see {@code bench/reports.sh}, which starts the
 * platform on a fresh PostgreSQL database and runs this). Not a test: a {@code main}.
 *
 * <ol>
 *   <li>writes, by SQL, one capture process with {@code bench.actors} actors (30 auxiliares each,
 *       with status history) and {@code bench.records} records spread over the process's eleven
 *       months (more towards the end, as in the seed), each with the status history its path left:
 *       processing, then duplicate, an inconsistency from the rules, or the control desk; then para
 *       compulsa or an inconsistency; then valid or not valid — the later steps still open for the
 *       most recent records;</li>
 *   <li>times every report endpoint (HTTP, as INE staff call them) at three cut-offs: per-actor
 *       reports over {@code bench.sampleActors} different actors, process-wide reports
 *       {@code bench.samples} times, after two warm-up calls each.</li>
 * </ol>
 * Endpoints that answer 404 (a report not built yet) are listed as unavailable.
 */
public final class ReportsBenchmark {

    private static final String PROCESS_CODE = "BENCH-REPORTES";
    private static final Instant PERIOD_START = Instant.parse("2022-03-01T06:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2023-01-31T06:00:00Z");
    private static final Instant[] CUTOFFS = {Instant.parse("2022-09-30T17:00:00Z"),
        Instant.parse("2022-12-31T17:00:00Z"), Instant.parse("2023-01-20T06:07:00Z")};
    /** Per actor ({folio}) and per process ({code}); {cutoff} is the ISO instant. */
    private static final List<String> ACTOR_REPORTS = List.of(
            "/api/v1/actors/{folio}/progress?cutoff={cutoff}",
            "/api/v1/actors/{folio}/auxiliares-report?cutoff={cutoff}",
            "/api/v1/actors/{folio}/threshold?cutoff={cutoff}",
            "/api/v1/actors/{folio}/auxiliares-quality?cutoff={cutoff}",
            "/api/v1/actors/{folio}/records-per-day?cutoff={cutoff}",
            "/api/v1/actors/{folio}/nota-informativa.pdf?cutoff={cutoff}");
    private static final List<String> PROCESS_REPORTS = List.of(
            "/api/v1/processes/{code}/actors-per-day?cutoff={cutoff}",
            "/api/v1/processes/{code}/records-per-month?cutoff={cutoff}",
            "/api/v1/processes/{code}/records-per-month-by-state?cutoff={cutoff}",
            "/api/v1/processes/{code}/records-per-month-by-actor?cutoff={cutoff}");

    private final String url = System.getProperty("bench.url", "http://localhost:8080");
    private final int actors = Integer.getInteger("bench.actors", 300);
    private final int records = Integer.getInteger("bench.records", 5_000_000);
    private final int chunk = Integer.getInteger("bench.chunk", 250_000);
    private final int sampleActors = Integer.getInteger("bench.sampleActors", 10);
    private final int samples = Integer.getInteger("bench.samples", 10);
    private final String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:5432/captacion_bench_reports");
    private final String user = System.getProperty("bench.user", "bench");
    private final String password = System.getProperty("bench.password", "bench");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        new ReportsBenchmark().run();
    }

    private void run() throws Exception {
        if (Boolean.getBoolean("bench.reuseData")) {
            System.out.println("Reusing the data already in " + jdbcUrl);
        } else {
            try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
                load(db);
            }
        }
        long r0 = System.nanoTime();
        HttpResponse<byte[]> counted = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/processes/" + PROCESS_CODE
                + "/reception-rollup")).POST(HttpRequest.BodyPublishers.noBody()));
        System.out.printf("Daily reception rollup (what the hourly route does): %d in %.1f s: %s%n",
                counted.statusCode(), seconds(System.nanoTime() - r0), new String(counted.body(), StandardCharsets.UTF_8));
        System.out.printf("%n%-72s %-22s %8s %8s %8s%n", "report", "cut-off", "p50 ms", "max ms", "bytes");
        for (Instant cutoff : CUTOFFS) {
            for (String report : ACTOR_REPORTS) {
                time(report, cutoff, true);
            }
            for (String report : PROCESS_REPORTS) {
                time(report, cutoff, false);
            }
        }
    }

    // --- data -----------------------------------------------------------------------------------

    private void load(Connection db) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into captacion.capture_process (code, name, period_start, period_end, kind,
                        required_records, required_states)
                    values ('%s', 'Benchmark de reportes', date '2022-03-01', date '2023-01-31',
                        'APN_RESTO_DEL_PAIS', 5000, 7)""".formatted(PROCESS_CODE));
            // actors registered over the period; folio F + 6 digits of day + 9 of sequence
            sql.execute("""
                    insert into captacion.political_actor (process_id, folio, name, representative_name,
                        representative_email, registered_at)
                    select p.id, 'F220301' || lpad(a::text, 9, '0'), 'Agrupación de benchmark ' || a,
                        'Representación ' || a, 'rep' || a || '@bench.example',
                        timestamptz '2022-03-01 12:00+00' + (a * interval '300 days') / %d
                    from captacion.capture_process p, generate_series(1, %d) a where p.code = '%s'"""
                    .formatted(actors, actors, PROCESS_CODE));
            sql.execute("""
                    insert into captacion.auxiliar (auxiliar_id, actor_id, name, email, status, registered_at)
                    select 'BX' || lpad(a.id::text, 5, '0') || lpad(n::text, 3, '0'), a.id, 'Auxiliar ' || n,
                        'aux' || a.id || '-' || n || '@bench.example',
                        case when n % 10 = 0 then 'BAJA' when n % 4 = 0 then 'ACTIVO_SIN_REGISTRO_EN_APP'
                             else 'ACTIVO_REGISTRADO_EN_APP' end,
                        a.registered_at + n * interval '1 day'
                    from captacion.political_actor a, generate_series(1, 30) n
                    where a.folio like 'F220301%'""");
            sql.execute("""
                    insert into captacion.auxiliar_status_history (auxiliar_id, actor_id, status, baja_cause,
                        valid_from, valid_to)
                    select x.id, x.actor_id, case when x.status = 'BAJA' then 'ACTIVO_REGISTRADO_EN_APP' else x.status end,
                        null, x.registered_at,
                        case when x.status = 'BAJA' then x.registered_at + interval '5 days' end
                    from captacion.auxiliar x where x.auxiliar_id like 'BX%'""");
            sql.execute("""
                    insert into captacion.auxiliar_status_history (auxiliar_id, actor_id, status, baja_cause, valid_from)
                    select x.id, x.actor_id, 'BAJA', 'CAMBIO_DE_CORREO', x.registered_at + interval '5 days'
                    from captacion.auxiliar x where x.auxiliar_id like 'BX%' and x.status = 'BAJA'""");
            System.out.printf("Actors and auxiliares: %d actors, %d auxiliares in %.1f s%n", actors, actors * 30,
                    seconds(System.nanoTime() - t0));

            sql.execute("select setseed(0.20230120)");
            // One plan per record: its path and the instants it took each step (null: not yet).
            sql.execute("""
                    create unlogged table bench_plan (i bigint, id uuid, actor_id bigint, process_id bigint,
                        auxiliar_id bigint, received timestamptz, path double precision, later double precision)""");
            for (int from = 1; from <= records; from += chunk) {
                int to = Math.min(records, from + chunk - 1);
                long c0 = System.nanoTime();
                sql.execute("truncate bench_plan");
                sql.execute("""
                        insert into bench_plan
                        select i, gen_random_uuid(), a.id, a.process_id, x.id,
                            timestamptz '2022-03-01 06:00+00' + sqrt(random()) * (interval '336 days'),
                            random(), random()
                        from generate_series(%d, %d) i
                        join captacion.political_actor a on a.folio = 'F220301' || lpad((1 + i %% %d)::text, 9, '0')
                        join captacion.auxiliar x on x.auxiliar_id = 'BX' || lpad(a.id::text, 5, '0')
                            || lpad((1 + (i / %d) %% 30)::text, 3, '0')""".formatted(from, to, actors, actors));
                insertRecords(sql);
                System.out.printf("Records %,d–%,d in %.1f s%n", from, to, seconds(System.nanoTime() - c0));
            }
            sql.execute("drop table bench_plan");
            // what autovacuum would have done by the time anyone asks for a report: statistics, and the
            // visibility map that lets the counts read their indexes only
            long a0 = System.nanoTime();
            sql.execute("vacuum (analyze)");
            System.out.printf("Vacuum and analyze in %.1f s; data loaded in %.1f s in all%n",
                    seconds(System.nanoTime() - a0), seconds(System.nanoTime() - t0));
        }
    }

    /**
     * Paths: 1 % duplicate; 3 % an inconsistency from the rules; the rest to the control desk within
     * a minute, reviewed 0–10 days later (10 % inconsistent, the rest para compulsa), answered by the
     * compulsa 0–5 days after that (93 % valid). A step later than the end of the data stays open.
     */
    private static void insertRecords(Statement sql) throws SQLException {
        sql.execute("""
                create temporary table bench_steps as
                select p.*, p.received + interval '1 minute' as screened,
                    p.received + interval '1 minute' + p.later * interval '10 days' as reviewed,
                    p.received + interval '1 minute' + p.later * interval '15 days' as answered
                from bench_plan p""");
        sql.execute("""
                insert into captacion.citizen_record (id, submission_id, process_id, actor_id, auxiliar_id, channel,
                    captured_at, received_at, latitude, longitude, clave_elector, curp, nombre, apellido_paterno,
                    fecha_nacimiento, sexo, entidad, seccion, status, inconsistency_type, registral_status, reviewed_at)
                select s.id, gen_random_uuid(), s.process_id, s.actor_id, s.auxiliar_id, 'AUXILIAR',
                    s.received - interval '3 minutes', s.received, 19.4, -99.1,
                    'BNCHRC' || lpad(s.i::text, 12, '0'), 'BNCH' || lpad(s.i::text, 14, '0'), 'Nombre', 'Apellido',
                    date '1980-01-01', 'M', 1 + s.i %% 32, 1 + s.i %% 999,
                    case when s.path < 0.01 then 'DUPLICADO'
                         when s.path < 0.04 then 'CON_INCONSISTENCIA'
                         when s.reviewed > %1$s then 'EN_MESA_DE_CONTROL'
                         when s.path < 0.136 then 'CON_INCONSISTENCIA'
                         when s.answered > %1$s then 'PARA_COMPULSA'
                         when s.path < 0.20 then 'NO_VALIDO' else 'VALIDO' end,
                    case when s.path >= 0.01 and s.path < 0.04 then 'CREDENCIAL_NO_VALIDA'
                         when s.path >= 0.04 and s.path < 0.136 and s.reviewed <= %1$s then 'FOTOCOPIA_DE_CREDENCIAL' end,
                    case when s.path >= 0.136 and s.path < 0.20 and s.answered <= %1$s then 'NO_ENCONTRADO'
                         when s.path >= 0.20 and s.answered <= %1$s then 'EN_LISTA_NOMINAL' end,
                    case when s.path >= 0.04 and s.reviewed <= %1$s then s.reviewed end
                from bench_steps s""".formatted(END));
        // the history: one row per status held, each closed by the next
        sql.execute("""
                insert into captacion.record_status_history (record_id, actor_id, entidad, auxiliar_id, status,
                    inconsistency_type, registral_status, valid_from, valid_to)
                select s.id, s.actor_id, 1 + s.i %% 32, s.auxiliar_id, 'EN_PROCESAMIENTO', null, null, s.received, s.screened from bench_steps s
                union all
                select s.id, s.actor_id, 1 + s.i %% 32, s.auxiliar_id, case when s.path < 0.01 then 'DUPLICADO' when s.path < 0.04
                    then 'CON_INCONSISTENCIA' else 'EN_MESA_DE_CONTROL' end,
                    case when s.path >= 0.01 and s.path < 0.04 then 'CREDENCIAL_NO_VALIDA' end, null, s.screened,
                    case when s.path >= 0.04 and s.reviewed <= %1$s then s.reviewed end
                from bench_steps s
                union all
                select s.id, s.actor_id, 1 + s.i %% 32, s.auxiliar_id, case when s.path < 0.136 then 'CON_INCONSISTENCIA' else 'PARA_COMPULSA' end,
                    case when s.path < 0.136 then 'FOTOCOPIA_DE_CREDENCIAL' end, null, s.reviewed,
                    case when s.path >= 0.136 and s.answered <= %1$s then s.answered end
                from bench_steps s where s.path >= 0.04 and s.reviewed <= %1$s
                union all
                select s.id, s.actor_id, 1 + s.i %% 32, s.auxiliar_id, case when s.path < 0.20 then 'NO_VALIDO' else 'VALIDO' end, null,
                    case when s.path < 0.20 then 'NO_ENCONTRADO' else 'EN_LISTA_NOMINAL' end, s.answered, null
                from bench_steps s where s.path >= 0.136 and s.answered <= %1$s""".formatted(END));
        sql.execute("drop table bench_steps");
    }

    /** The instant the data end: later steps have not happened yet. */
    private static final String END = "timestamptz '2023-01-20 18:00+00'";

    // --- timing ---------------------------------------------------------------------------------

    private void time(String template, Instant cutoff, boolean perActor) throws Exception {
        int calls = perActor ? sampleActors : samples;
        String first = path(template, cutoff, 1);
        HttpResponse<byte[]> probe = get(first);
        if (probe.statusCode() == 404) {
            System.out.printf("%-72s %-22s %s%n", template, cutoff, "unavailable (404)");
            return;
        }
        if (probe.statusCode() != 200) {
            throw new IllegalStateException(first + " answered " + probe.statusCode() + ": "
                    + new String(probe.body(), StandardCharsets.UTF_8));
        }
        get(path(template, cutoff, 2)); // second warm-up
        long[] millis = new long[calls];
        long bytes = 0;
        for (int n = 0; n < calls; n++) {
            String path = path(template, cutoff, 1 + (n * 37) % actors);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = get(path);
            millis[n] = (System.nanoTime() - t0) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        Arrays.sort(millis);
        System.out.printf("%-72s %-22s %8d %8d %8d%n", template, cutoff, millis[calls / 2], millis[calls - 1], bytes);
    }

    private String path(String template, Instant cutoff, int actor) {
        return template.replace("{folio}", "F220301" + "%09d".formatted(actor)).replace("{code}", PROCESS_CODE)
                .replace("{cutoff}", cutoff.toString());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMinutes(10)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
