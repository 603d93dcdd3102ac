package mx.captacion.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import mx.captacion.demo.SyntheticRollGenerator;

/** The zero-install run imports on H2 (JDBC merge instead of COPY), resumes and re-imports there too. */
class RollImportOnH2Test {

    @Test
    void importsResumesAndReimportsOnH2(@TempDir Path dir) throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:roll" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).schemas("CAPTACION").defaultSchema("CAPTACION").createSchemas(true)
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        RollImportJobs jobs = new RollImportJobs(jdbc);
        RollImport importing = new RollImport(jdbc, new DataSourceTransactionManager(h2), jobs, Clock.systemUTC(),
                new RollSettings(dir.toString(), 100, 1_000));
        Path file = dir.resolve("padron.csv");
        var summary = new SyntheticRollGenerator(3, 0.1).write(file, 450);

        long id = importing.register(file, "padron.csv", "prueba");
        assertThat(importing.run(id, 2).status()).isEqualTo(RollImportStatus.INTERRUMPIDA);
        jobs.transition(id, RollImportStatus.INTERRUMPIDA, RollImportStatus.EN_CURSO);
        RollImportJob done = importing.run(id, 0);

        assertThat(done.status()).isEqualTo(RollImportStatus.TERMINADA);
        assertThat(done.rowsRead()).isEqualTo(450);
        assertThat(done.rowsRejected()).isEqualTo(summary.badLines());
        assertThat(jdbc.queryForObject("select count(*) from captacion.electoral_roll", Long.class))
                .isEqualTo(summary.goodLines());
        assertThat(jdbc.queryForObject("select count(*) from captacion.roll_import_error", Long.class))
                .isEqualTo(summary.badLines());

        importing.run(importing.register(file, "otra-vez.csv", "prueba"), 0);
        assertThat(jdbc.queryForObject("select count(*) from captacion.electoral_roll", Long.class))
                .isEqualTo(summary.goodLines());
    }
}
