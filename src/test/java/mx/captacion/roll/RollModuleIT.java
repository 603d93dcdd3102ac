package mx.captacion.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.roll.internal.RollImport;
import mx.captacion.roll.internal.RollImportJob;
import mx.captacion.roll.internal.RollImportJobs;
import mx.captacion.roll.internal.RollImportStatus;

/** The lista nominal alone (with identity and the platform): an upload is imported and read back. */
@ModuleIntegrationTest
class RollModuleIT {

    @Autowired
    RollImport importing;
    @Autowired
    RollImportJobs jobs;
    @Autowired
    ElectoralRoll roll;
    @Autowired
    ApplicationContext context;

    @Test
    void anUploadIsImportedInTheBackgroundAndItsBadLineReportedWithItsCode() throws InterruptedException {
        RollEntry citizen = new RollEntry(clave(), "Ana", "Pérez", null, LocalDate.of(1980, 1, 1), "M", 9, 123,
                RegistralStatus.EN_LISTA_NOMINAL);
        String bad = RollFile.line(citizen).replace(",M,", ",Q,");
        String file = RollFile.HEADER + "\n" + RollFile.line(citizen) + "\n" + bad + "\n";

        RollImportJob started = importing.startUpload(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "modulo.csv", "analista");
        RollImportJob job = finished(started.id());

        assertThat(job.status()).isEqualTo(RollImportStatus.TERMINADA);
        assertThat(job.rowsImported()).isEqualTo(1);
        assertThat(job.rowsRejected()).isEqualTo(1);
        assertThat(roll.find(citizen.claveElector())).get()
                .extracting(RollEntry::fullName, RollEntry::registralStatus)
                .containsExactly(citizen.fullName(), RegistralStatus.EN_LISTA_NOMINAL);
        assertThat(jobs.errors(job.id(), 10)).singleElement().satisfies(error -> {
            assertThat(error.lineNumber()).isEqualTo(3);
            assertThat(error.code()).isEqualTo("SEXO_INVALIDO");
            assertThat(error.message()).isEqualTo("El sexo «Q» no es válido (H, M o X).");
        });
    }

    @Test
    void aFileOutsideTheRollDirectoryIsRefusedWithItsCode() {
        assertThatThrownBy(() -> importing.serverFile("../../etc/passwd"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("RUTA_NO_PERMITIDA");
                    assertThat(problem.httpStatus()).isEqualTo(400);
                    assertThat(problem.getMessage()).startsWith("La ruta debe nombrar un archivo dentro de la carpeta del padrón (");
                });
        assertThatThrownBy(() -> importing.startUpload(new ByteArrayInputStream("nombre,correo\n".getBytes(
                StandardCharsets.UTF_8)), "otro.csv", "analista"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code())
                        .isEqualTo("ENCABEZADO_INVALIDO"));
    }

    @Test
    void startsWithoutTheModulesThatDoNotStandUnderIt() {
        assertThat(context.getBeanNamesForType(RollImport.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(ReceivingRecord.class)).isEmpty();
    }

    private RollImportJob finished(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        RollImportJob job = jobs.find(id).orElseThrow();
        while (job.status() == RollImportStatus.EN_CURSO && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            job = jobs.find(id).orElseThrow();
        }
        return job;
    }

    /** A well-formed clave of a woman born 1980-01-01 in entidad 09, new on every run. */
    private static String clave() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters + "800101" + "09" + "M" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
    }
}
