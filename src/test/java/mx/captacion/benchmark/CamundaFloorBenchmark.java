package mx.captacion.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import mx.captacion.platform.internal.DecisionsOncePerInput;

/**
 * The floor under the ingestion benchmark: {@code processes/citizen-record.bpmn} alone on the same
 * PostgreSQL and engine settings as the platform (history "activity"), with its screening table
 * {@code record-screening.dmn} evaluated once per distinct input as the platform does
 * ({@link DecisionsOncePerInput}) and delegates that do nothing but set what the real ones set,
 * started as the intake starts them: {@code bench.batch} starts per transaction (the platform's
 * {@code captacion.records.intake.batch-size}) on {@code bench.clients} threads (its intake routes).
 * No HTTP, JSON, images or domain tables: what Camunda itself costs a record from start to the
 * control desk. Not a test.
 *
 * <pre>
 *   bench/camunda-floor.sh            # BENCH_RECORDS=20000 BENCH_CLIENTS=2 BENCH_BATCH=50
 * </pre>
 */
public final class CamundaFloorBenchmark {

    public static void main(String[] args) throws Exception {
        String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:5432/captacion_bench_floor");
        int records = Integer.getInteger("bench.records", 20_000);
        int clients = Integer.getInteger("bench.clients", 2);
        int batch = Integer.getInteger("bench.batch", 50);

        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        // HikariCP as in the platform; MyBatis' own pool reclaims connections under load and fails starts
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(System.getProperty("bench.user", "postgres"));
        dataSource.setPassword(System.getProperty("bench.password", ""));
        dataSource.setMaximumPoolSize(20);
        config.setDataSource(dataSource);
        // as the Spring Boot starter does: the default id blocks take a second connection per command
        config.setIdGenerator(new StrongUuidGenerator());
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory("activity");
        config.getProcessEnginePlugins().add(new DecisionsOncePerInput(true));
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(4);
        jobExecutor.setMaxPoolSize(4);
        jobExecutor.setQueueSize(20);
        jobExecutor.setMaxJobsPerAcquisition(10);
        jobExecutor.setWaitTimeInMillis(100);
        config.setJobExecutor(jobExecutor);
        config.setJobExecutorActivate(true);
        // plain beans, not BPM Assert's thread-local Mocks: the job executor's threads resolve them too
        config.setBeans(Map.<Object, Object>of(
                "automatedProcessing", (JavaDelegate) execution -> execution.setVariables(Map.of(
                        "screeningOutcome", "PARA_REGLAS", "findings", "", "findingCount", 0)),
                // full review: every record reaches the control desk, as before sampling existed
                "drawControlDeskSample", (JavaDelegate) execution -> execution.setVariable("controlDeskDraw",
                        "REVISION_COMPLETA"),
                "sendToControlDesk", (JavaDelegate) execution -> { },
                "controlDeskTask", (TaskListener) task -> {
                    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                        task.setVariablesLocal(Map.of("ficha", "x".repeat(900), "imagenes", "http://localhost/imagenes"));
                    }
                }));
        ProcessEngine engine = config.buildProcessEngine();

        engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
                .addClasspathResource("processes/citizen-record.bpmn")
                .addClasspathResource("processes/record-screening.dmn").deploy();

        long tasksBefore = engine.getTaskService().createTaskQuery().count();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // one command per batch: the starts inside it join its transaction, as the intake's do
        CommandExecutor commands = config.getCommandExecutorTxRequired();
        for (int i = 0; i < records; i += batch) {
            int size = Math.min(batch, records - i);
            pool.execute(() -> commands.execute((Command<Void>) context -> {
                for (int k = 0; k < size; k++) {
                    String id = UUID.randomUUID().toString();
                    engine.getRuntimeService().startProcessInstanceByKey("citizen-record", id, Map.of("recordId", id));
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long started = System.nanoTime();
        long waiting = records;
        long lastProgress = System.nanoTime();
        while (waiting > 0) {
            Thread.sleep(200);
            long now = records - (engine.getTaskService().createTaskQuery().count() - tasksBefore);
            if (now < waiting) {
                waiting = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(60)) {
                System.err.printf("Sin avance en 60 s: %d registros no llegaron a la mesa de control%n", waiting);
                System.exit(1);
            }
        }
        long done = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        engine.close();

        double seconds = (done - t0) / 1e9;
        System.out.printf("Camunda alone, %d records, %d starts per transaction on %d threads, %d cores%n", records,
                batch, clients, Runtime.getRuntime().availableProcessors());
        System.out.printf("  starts:     %.1f /s%n", records / ((started - t0) / 1e9));
        System.out.printf("  end to end: %.1f records/s (all at the control desk)%n", records / seconds);
        System.out.printf("  JVM CPU:    %.2f ms per record%n", cpu / 1e6 / records);
        System.exit(0);
    }
}
