package mx.captacion.miapoyo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import mx.captacion.ModuleBeans;
import mx.captacion.ModuleIntegrationTest;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.mail.Mails;
import mx.captacion.miapoyo.internal.LookingUpReceipt;
import mx.captacion.miapoyo.internal.ReceiptStatus;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordSubmission;

/**
 * Mi Apoyo started alone (with actors, records, identity and the platform): a citizen's record, received
 * through records, is looked up by its receipt code and the last four of the clave; a wrong check is
 * refused like an unknown code, and too many failures for one code stop the look-ups. The modules records
 * stands on (auxiliares, the access log, the mails) are not started: mocks stand in for them.
 */
@ModuleIntegrationTest
class MiApoyoModuleIT {

    private static final SyntheticSubmissions SUBMISSIONS =
            new SyntheticSubmissions(ThreadLocalRandom.current().nextLong(), 20_000);

    @Autowired
    LookingUpReceipt lookingUp;
    @Autowired
    ReceivingRecord receiving;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    PoliticalActors actors;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    Auxiliares auxiliares;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Mails mails;

    @Test
    void aCitizenFindsTheirRecordByItsReceiptCodeAndTheirCheck() {
        PoliticalActor actor = newActor();
        RecordSubmission submission = SUBMISSIONS.next(actor.getProcess().getCode(), actor.getFolio().value(), null,
                clock.instant().minusSeconds(30));
        String code = receiving.receive(submission, null).receiptCode().orElseThrow().toString();
        String lastFour = submission.citizen().claveElector().substring(14);

        ReceiptStatus found = lookingUp.lookUp(code.toLowerCase().replace("-", " "), lastFour, client());

        assertThat(found.receiptCode()).isEqualTo(code);
        assertThat(found.status()).isEqualTo("EN_PROCESAMIENTO");
        assertThat(found.actor()).isEqualTo(actor.getName());
        assertThat(found.process()).isEqualTo(actor.getProcess().getName());
        assertThat(lookingUp.lookUp(code, submission.citizen().fechaNacimiento().toString(), client()).status())
                .isEqualTo("EN_PROCESAMIENTO");
    }

    @Test
    void aWrongCheckIsRefusedLikeAnUnknownCodeAndTooManyFailuresStopTheLookUps() {
        String code = unknownCode();
        for (int failure = 0; failure < 5; failure++) {
            assertThatThrownBy(() -> lookingUp.lookUp(code, "1234", client()))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.code()).isEqualTo("RECIBO_NO_ENCONTRADO");
                        assertThat(problem.httpStatus()).isEqualTo(404);
                        assertThat(problem.getMessage()).isEqualTo("No encontramos un apoyo con ese código de recibo y "
                                + "ese dato de verificación. Revisa ambos e intenta de nuevo.");
                    });
        }
        assertThatThrownBy(() -> lookingUp.lookUp(code, "1234", client()))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("DEMASIADOS_INTENTOS");
                    assertThat(problem.httpStatus()).isEqualTo(429);
                    assertThat(problem.getMessage()).isEqualTo("Demasiados intentos fallidos. Por seguridad, espera 15 "
                            + "minutos antes de volver a consultar.");
                });
    }

    @Test
    void startsWithoutTheModulesItDoesNotUse() {
        assertThat(ModuleBeans.of(context, "hearings", "compulsa", "reports", "retention", "roll", "helpdesk", "portal",
                "nota", "demo")).isEmpty();
    }

    /** A well-formed code nobody holds, new for each run (its failures are counted apart). */
    private static String unknownCode() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
        StringBuilder code = new StringBuilder("MA");
        for (int i = 0; i < 12; i++) {
            code.append(i % 4 == 0 ? "-" : "").append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A client of its own per look-up, so the per-client limit is never what refuses. */
    private static String client() {
        return "modulo-" + UUID.randomUUID();
    }

    private PoliticalActor newActor() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        LocalDate today = LocalDate.now(clock.withZone(CaptureProcess.ZONE));
        CaptureProcess process = processes.save(new CaptureProcess("MOD-" + suffix, "Proceso de prueba " + suffix,
                today.minusYears(1), today.plusMonths(2)));
        return actors.save(new PoliticalActor(process, new Folio("F00000" + suffix.substring(0, 9) + "1"),
                "Agrupación de Prueba " + suffix, "Representación de prueba", "rep" + suffix + "@captacion.example",
                clock.instant()));
    }
}
