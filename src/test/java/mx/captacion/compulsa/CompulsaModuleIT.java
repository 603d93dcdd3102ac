package mx.captacion.compulsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.ControlDeskSampling;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.compulsa.internal.CompulsaAnswer;
import mx.captacion.compulsa.internal.CompulsaAnswers;
import mx.captacion.compulsa.internal.CompulsaBatches;
import mx.captacion.compulsa.internal.CompulsaFiles;
import mx.captacion.compulsa.internal.CompulsaProblems;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.mail.Mails;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ApplyingCompulsaAnswer.Outcome;
import mx.captacion.roll.RegistralStatus;

/**
 * The compulsa alone (with the records, the roll, the actors, identity and the platform): a DERFE
 * answer file is read, its answers that change nothing are kept with their code and message, and a
 * batch that does not exist is refused. Its beans use only the records and the roll; the modules
 * the records stand on (the actors, the auxiliares, the access log, the mails) are not started:
 * mocks stand in for what the records ask of them.
 */
@ModuleIntegrationTest
class CompulsaModuleIT {

    @Autowired
    CompulsaFiles files;
    @Autowired
    CompulsaAnswers answers;
    @Autowired
    CompulsaProblems problems;
    @Autowired
    CompulsaBatches batches;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    Auxiliares auxiliares;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Mails mails;
    @MockitoBean
    ControlDeskSampling sampling;
    @MockitoBean
    PoliticalActors actors;
    @MockitoBean
    CaptureProcesses processes;

    @Test
    void anAnswerFileIsReadAndWhatChangedNothingIsKeptWithItsCodeAndMessage() {
        String name = "modulo-" + UUID.randomUUID() + ".csv";
        String unknown = UUID.randomUUID().toString();
        List<CompulsaAnswer> read = files.answers("""
                registro,situacion_registral
                %s,EN_LISTA_NOMINAL
                %s,VIGENTE
                """.formatted(unknown, unknown), name);

        assertThat(read).singleElement().satisfies(answer -> {
            assertThat(answer.recordRef()).isEqualTo(unknown);
            assertThat(answer.status()).isEqualTo(RegistralStatus.EN_LISTA_NOMINAL);
            assertThat(answer.lineNumber()).isEqualTo(2);
        });
        assertThat(answers.apply(read.get(0))).contains(Outcome.REGISTRO_DESCONOCIDO);

        List<CompulsaProblems.Problem> kept = problems.recent(500).stream()
                .filter(p -> p.source().equals("Archivo " + name)).toList();
        assertThat(kept).extracting(CompulsaProblems.Problem::code, CompulsaProblems.Problem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SITUACION_INVALIDA", "La situación registral «VIGENTE» no"
                                + " existe (por ejemplo EN_LISTA_NOMINAL o NO_ENCONTRADO)."),
                        org.assertj.core.groups.Tuple.tuple("REGISTRO_DESCONOCIDO", "No existe el registro «" + unknown
                                + "»: la respuesta no corresponde a ningún registro enviado."));
    }

    @Test
    void aBatchThatDoesNotExistIsRefusedWithItsCode() {
        assertThatThrownBy(() -> batches.release(Long.MAX_VALUE))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("LOTE_NO_ENCONTRADO");
                    assertThat(problem.httpStatus()).isEqualTo(404);
                    assertThat(problem.getMessage()).isEqualTo("No existe el lote de compulsa " + Long.MAX_VALUE + ".");
                });
    }

    @Test
    void startsWithoutTheModulesItDoesNotDependOn() {
        assertThat(context.getBeanNamesForType(CompulsaBatches.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(OpeningTicket.class)).isEmpty();
    }
}
