package mx.captacion.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import mx.captacion.demo.SyntheticRollGenerator;
import mx.captacion.roll.internal.RollImport;
import mx.captacion.roll.internal.RollImportJob;
import mx.captacion.roll.internal.RollImportJobs;
import mx.captacion.roll.internal.RollImportStatus;
import mx.captacion.roll.internal.RollSettings;

/**
 * The lista nominal import on PostgreSQL, without the rest of the platform: a synthetic roll of
 * {@code bench.rows} lines (1 % bad) into an empty electoral_roll, then the same file again (every
 * line an update). Prints rows per second. Not a test: run {@code bench/roll-import.sh}.
 */
public final class RollImportBenchmark {

    public static void main(String[] args) throws Exception {
        String jdbcUrl = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:5432/captacion_bench_roll");
        long rows = Long.getLong("bench.rows", 1_000_000);
        int batchSize = Integer.getInteger("bench.batchSize", 5_000);
        Path file = Path.of(System.getProperty("bench.file", "target/bench-padron-" + rows + ".csv"));

        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            var summary = new SyntheticRollGenerator(1, 0.01).write(file, rows);
            System.out.printf("Generated %s: %d good + %d bad lines, %d MB, in %.1f s%n", file, summary.goodLines(),
                    summary.badLines(), Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9);
        }

        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(System.getProperty("bench.user", "postgres"));
        dataSource.setPassword(System.getProperty("bench.password", ""));
        dataSource.setMaximumPoolSize(4);
        Flyway.configure().dataSource(dataSource).schemas("captacion").defaultSchema("captacion").createSchemas(true)
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        RollImportJobs jobs = new RollImportJobs(jdbc);
        RollImport importing = new RollImport(jdbc, new DataSourceTransactionManager(dataSource), jobs,
                Clock.systemUTC(), new RollSettings(file.toAbsolutePath().getParent().toString(), batchSize, 100_000));

        measure("first import (inserts)", importing, jobs, file);
        measure("second import (updates)", importing, jobs, file);
        System.out.printf("electoral_roll holds %d rows%n",
                jdbc.queryForObject("select count(*) from captacion.electoral_roll", Long.class));
        dataSource.close();
        System.exit(0); // the importer's worker thread is not a daemon
    }

    private static void measure(String label, RollImport importing, RollImportJobs jobs, Path file)
            throws InterruptedException {
        long t0 = System.nanoTime();
        long id = importing.start(file, file.getFileName().toString(), "bench").id();
        RollImportJob job;
        do {
            Thread.sleep(200);
            job = jobs.find(id).orElseThrow();
        } while (job.status() == RollImportStatus.EN_CURSO);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (job.status() != RollImportStatus.TERMINADA) {
            throw new IllegalStateException("Import " + id + " ended " + job.status() + ": " + job.error());
        }
        System.out.printf("%s: %d lines read, %d imported, %d rejected in %.1f s = %,.0f lines/s%n", label,
                job.rowsRead(), job.rowsImported(), job.rowsRejected(), seconds, job.rowsRead() / seconds);
    }
}
