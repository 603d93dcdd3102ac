package mx.captacion.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.platform.ApiProblem;
import mx.captacion.retention.internal.ReadingRetention;

/**
 * Retention alone (it injects no other module's bean, so Spring Modulith starts none): INE's hold on a process's purge and its
 * own retention period are read back by {@link ReadingRetention}; a second hold, a release of no hold
 * and a period that is not one are refused with their codes. The help desk is not started.
 */
@ModuleIntegrationTest
class RetentionModuleIT {

    @Autowired
    HoldingPurge holding;
    @Autowired
    ReadingRetention reading;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void aHoldAndAPeriodOfTheProcessAreReadBackAndTheirMisusesRefused() {
        String code = "RET-MOD-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        // retention injects no bean of another module, so none is started: the process is test data
        jdbc.update("insert into captacion.capture_process (code, name, period_start, period_end) values (?, ?, ?, ?)",
                code, "Proceso del módulo de retención", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));

        holding.place(code, "ine.modulo.it", "Expediente SUP-JDC-1234/2025 en litigio");
        holding.setPeriod(code, "p18m", "ine.modulo.it");

        assertThat(retentionOf(code)).satisfies(process -> {
            assertThat(process.hold()).isNotNull();
            assertThat(process.hold().placedBy()).isEqualTo("ine.modulo.it");
            assertThat(process.hold().reason()).isEqualTo("Expediente SUP-JDC-1234/2025 en litigio");
            assertThat(process.ownPeriod()).isTrue();
            assertThat(process.period()).isEqualTo(Period.ofMonths(18));
        });
        assertThatThrownBy(() -> holding.place(code, "ine.modulo.it", "Otro expediente en litigio"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("SUSPENSION_VIGENTE");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("La depuración del proceso " + code
                            + " ya está suspendida; levante esa suspensión antes de poner otra.");
                });
        assertThatThrownBy(() -> holding.place(code, "ine.modulo.it", "x".repeat(HoldingPurge.MAX_REASON + 1)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getMessage())
                        .isEqualTo("El motivo de la suspensión admite hasta 1000 caracteres."));
        assertThatThrownBy(() -> holding.setPeriod(code, "dos años", "ine.modulo.it"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("PLAZO_INVALIDO"));

        holding.release(code, "ine.modulo.it");
        holding.setPeriod(code, " ", "ine.modulo.it");

        assertThat(retentionOf(code)).satisfies(process -> {
            assertThat(process.hold()).isNull();
            assertThat(process.ownPeriod()).isFalse();
        });
        assertThatThrownBy(() -> holding.release(code, "ine.modulo.it"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("SIN_SUSPENSION");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                });
    }

    @Test
    void noOtherModuleIsStarted() {
        assertThat(context.getBeanNamesForType(OpeningTicket.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CaptureProcesses.class)).isEmpty();
    }

    private ReadingRetention.ProcessRetention retentionOf(String code) {
        return reading.processes(clock.instant()).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
