package mx.captacion.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import mx.captacion.ModuleBeans;
import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.hearings.internal.ContestingRecords;
import mx.captacion.hearings.internal.Hearing;
import mx.captacion.hearings.internal.HearingContest;
import mx.captacion.hearings.internal.OpeningHearing;
import mx.captacion.mail.Mails;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordStatus;

/**
 * The garantía de audiencia started alone (with actors, records, the access log and the platform): INE
 * opens it once for a process, not while records wait for the compulsa; a representative contests a
 * judged record of its actor, which starts the record's {@code record-hearing}, and cannot contest it
 * twice. The refusals carry their code, status and bundle message. The modules records stands on
 * (auxiliares, the mails) are not started: mocks stand in for them.
 */
@ModuleIntegrationTest
class HearingsModuleIT {

    private static final SyntheticSubmissions SUBMISSIONS =
            new SyntheticSubmissions(ThreadLocalRandom.current().nextLong(), 20_000);
    private static final String ARGUMENT = "La firma coincide con la de la credencial; se anexa la aclaración.";

    @Autowired
    OpeningHearing opening;
    @Autowired
    ContestingRecords contesting;
    @Autowired
    ReceivingRecord receiving;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    PoliticalActors actors;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    Auxiliares auxiliares;
    @MockitoBean
    Mails mails;

    @Test
    void aHearingOpensOnceAndAJudgedRecordIsContestedOnce() {
        PoliticalActor actor = newActor();
        String process = actor.getProcess().getCode();
        UUID record = received(actor);
        judge(record, "CON_INCONSISTENCIA");

        assertThatThrownBy(() -> contesting.contest(actor, List.of(record), ARGUMENT, "rep"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("AUDIENCIA_NO_ABIERTA");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("La garantía de audiencia de su proceso todavía no se abre.");
                });
        assertThatThrownBy(() -> opening.open(process, 0, false, "ine"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("PLAZO_INVALIDO");
                    assertThat(problem.httpStatus()).isEqualTo(400);
                    assertThat(problem.getMessage()).isEqualTo("El plazo de la garantía de audiencia debe ser de 1 a 90 días.");
                });

        Hearing hearing = opening.open(process, 10, false, "ine");

        assertThat(hearing.getWindowDays()).isEqualTo(10);
        assertThatThrownBy(() -> opening.open(process, 10, false, "ine"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("AUDIENCIA_YA_ABIERTA");
                    assertThat(problem.getMessage()).isEqualTo("La garantía de audiencia del proceso " + process
                            + " ya se abrió; su plazo vence el " + Cutoffs.toText(hearing.getDeadline()));
                });
        assertThatThrownBy(() -> contesting.contest(actor, List.of(record), "corto", "rep"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("ARGUMENTO_REQUERIDO");
                    assertThat(problem.getMessage())
                            .isEqualTo("Escriba el argumento de la impugnación (al menos 20 caracteres).");
                });

        List<HearingContest> contests = contesting.contest(actor, List.of(record), ARGUMENT, "rep");

        assertThat(contests).singleElement().satisfies(contest -> {
            assertThat(contest.getRecordId()).isEqualTo(record);
            assertThat(contest.getHearingId()).isEqualTo(hearing.getId());
            assertThat(contest.getJudgedStatus()).isEqualTo(RecordStatus.CON_INCONSISTENCIA);
            assertThat(contest.getArgument()).isEqualTo(ARGUMENT);
        });
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RecordHearingProcess.KEY)
                .processInstanceBusinessKey(record.toString()).count()).isOne();
        assertThatThrownBy(() -> contesting.contest(actor, List.of(record), ARGUMENT, "rep"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("REGISTRO_YA_IMPUGNADO");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("El registro " + record + " ya fue impugnado.");
                });
    }

    @Test
    void aHearingDoesNotOpenWhileARecordWaitsForTheCompulsa() {
        PoliticalActor actor = newActor();
        String process = actor.getProcess().getCode();
        judge(received(actor), "PARA_COMPULSA");

        assertThatThrownBy(() -> opening.open(process, null, false, "ine"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("COMPULSA_PENDIENTE");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("Aún hay 1 registro del proceso " + process + " esperando "
                            + "la respuesta de la compulsa; si abre ahora la garantía de audiencia, los que se dictaminen "
                            + "después tendrán menos plazo para impugnarse. Espere la compulsa o ábrala de todos modos.");
                });
        assertThat(opening.open(process, null, true, "ine").getWindowDays()).isEqualTo(opening.defaultWindowDays());
    }

    @Test
    void startsWithoutTheModulesItDoesNotUse() {
        assertThat(ModuleBeans.of(context, "miapoyo", "compulsa", "reports", "retention", "roll", "helpdesk", "portal",
                "nota", "demo")).isEmpty();
    }

    /** A Mi Apoyo record of the actor, received through records (no process starts here). */
    private UUID received(PoliticalActor actor) {
        return receiving.receive(SUBMISSIONS.next(actor.getProcess().getCode(), actor.getFolio().value(), null,
                clock.instant().minusSeconds(30)), null).recordId();
    }

    /** Where the record's process would have taken it, without running it. */
    private void judge(UUID record, String status) {
        jdbc.update("update captacion.citizen_record set status = ?, inconsistency_type = ? where id = ?", status,
                "CON_INCONSISTENCIA".equals(status) ? "FIRMA_NO_VALIDA" : null, record);
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
