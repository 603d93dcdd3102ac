package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import mx.captacion.ModuleBeans;
import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.mail.Mails;
import mx.captacion.platform.ApiProblem;
import mx.captacion.roll.ElectoralRoll;

/**
 * Records started alone (with actors, auxiliares, roll, the access log and the platform; mocks stand in
 * for the mails, which actors and auxiliares send, and for the roll auxiliares checks): a Mi Apoyo submission is received once, read back by
 * its receipt code, and its resend creates nothing; the refusals carry their code, status, field and
 * bundle message; the modules that read records are absent.
 */
@ModuleIntegrationTest
class RecordsModuleIT {

    private static final SyntheticSubmissions SUBMISSIONS =
            new SyntheticSubmissions(ThreadLocalRandom.current().nextLong(), 20_000);

    @Autowired
    ReceivingRecord receiving;
    @Autowired
    ReadingRecords reading;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    PoliticalActors actors;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    Mails mails;
    @MockitoBean
    ElectoralRoll roll;

    @Test
    void aMiApoyoRecordIsStoredOnceAndItsCitizenFindsItByTheReceiptCode() {
        PoliticalActor actor = newActor();
        RecordSubmission submission = miApoyo(actor);

        ReceivingRecord.Receipt receipt = receiving.receive(submission, null);

        assertThat(receipt.created()).isTrue();
        assertThat(receipt.status()).isEqualTo(RecordStatus.EN_PROCESAMIENTO);
        ReceiptCode code = receipt.receiptCode().orElseThrow();
        CitizenRecordView stored = reading.byReceiptCode(code).orElseThrow();
        assertThat(stored.id()).isEqualTo(new RecordId(receipt.recordId()));
        assertThat(stored.actorId()).isEqualTo(actor.getId());
        assertThat(stored.claveElector()).isEqualTo(submission.citizen().claveElector());
        assertThat(stored.fechaNacimiento()).isEqualTo(submission.citizen().fechaNacimiento());
        assertThat(stored.status()).isEqualTo(RecordStatus.EN_PROCESAMIENTO);
        assertThat(reading.byId(stored.id())).contains(stored);

        ReceivingRecord.Receipt again = receiving.receive(submission, null);
        assertThat(again.created()).isFalse();
        assertThat(again.recordId()).isEqualTo(receipt.recordId());
        assertThat(again.receiptCode()).contains(code);
    }

    @Test
    void refusalsCarryTheirCodeStatusFieldAndMessage() {
        PoliticalActor actor = newActor();
        RecordSubmission s = miApoyo(actor);
        RecordSubmission unknownProcess = new RecordSubmission(s.submissionId(), "NO-EXISTE", s.actorFolio(), null,
                s.channel(), s.capturedAt(), s.location(), s.citizen(), s.images());

        assertThatThrownBy(() -> receiving.receive(unknownProcess, null))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("PROCESO_DESCONOCIDO");
                    assertThat(problem.httpStatus()).isEqualTo(422);
                    assertThat(problem.getMessage()).isEqualTo("No existe el proceso de captación 'NO-EXISTE'.");
                });
        assertThatThrownBy(() -> receiving.receive(SyntheticSubmissions.withVigencia(s, 2020), null))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("CREDENCIAL_SIN_VIGENCIA");
                    assertThat(problem.httpStatus()).isEqualTo(422);
                    assertThat(problem.field()).isEqualTo("citizen.vigencia");
                    assertThat(problem.getMessage()).isEqualTo("La credencial perdió vigencia el 31/12/2020. Escribe el "
                            + "año de vigencia de tu credencial; sólo se recibe el apoyo con una credencial vigente.");
                });
        RecordSubmission withAuxiliar = new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(),
                "AUX-0000001", s.channel(), s.capturedAt(), s.location(), s.citizen(), s.images());
        assertThatThrownBy(() -> receiving.receive(withAuxiliar, null))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("AUXILIAR_NO_PERMITIDO");
                    assertThat(problem.httpStatus()).isEqualTo(400);
                    assertThat(problem.getMessage()).isEqualTo("Un registro de Mi Apoyo no lleva 'auxiliarId'.");
                });
        assertThat(receiving.receive(s, null).created()).as("nothing stored under the refused submission's id").isTrue();
    }

    @Test
    void startsWithoutTheModulesThatReadRecords() {
        assertThat(ModuleBeans.of(context, "hearings", "miapoyo", "compulsa", "reports", "retention", "nota", "portal",
                "helpdesk", "demo")).isEmpty();
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

    private RecordSubmission miApoyo(PoliticalActor actor) {
        return SUBMISSIONS.next(actor.getProcess().getCode(), actor.getFolio().value(), null,
                clock.instant().minusSeconds(30));
    }
}
