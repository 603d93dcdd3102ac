package mx.captacion.hearings.internal;

import static mx.captacion.hearings.RecordHearingProcess.KEY;
import static mx.captacion.hearings.RecordHearingProcess.MSG_COMPULSA_RESULT;
import static mx.captacion.hearings.RecordHearingProcess.TASK_HEARING_REVIEW;
import static mx.captacion.hearings.RecordHearingProcess.VAR_EXPLANATION;
import static mx.captacion.hearings.RecordHearingProcess.VAR_OUTCOME;
import static mx.captacion.hearings.RecordHearingProcess.VAR_RECORD_ID;
import static mx.captacion.hearings.RecordHearingProcess.VAR_RECORD_STATUS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import mx.captacion.platform.Roles;

/**
 * {@code processes/record-hearing.bpmn} on the in-memory engine, the decision's delegate replaced
 * by a fake that answers the record's new status, the real decision check. Together the tests
 * pass every element and flow; the coverage extension fails the class otherwise.
 */
@Deployment(resources = {"processes/record-hearing.bpmn", "forms/record-hearing-review.form"})
class RecordHearingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLY_DECISION = "ApplyHearingDecision";
    private static final String COMPULSA_RESULT = "HearingCompulsaResult";
    private static final String COMPULSADO = "HearingCompulsado";
    private static final String DECIDED = "HearingDecided";

    private final FakeApplyDecision applyDecision = new FakeApplyDecision();
    private final String recordId = UUID.randomUUID().toString();

    @BeforeEach
    void registerFakes() {
        Mocks.register("hearingTask", (TaskListener) (DelegateTask task) -> { });
        Mocks.register("hearingDecisionCheck", new HearingDecisionCheck());
        Mocks.register("applyHearingDecision", applyDecision);
    }

    @AfterEach
    void resetFakes() {
        Mocks.reset();
    }

    @Test
    void aConfirmedJudgementEndsTheHearing() {
        ProcessInstance hearing = contest();

        assertThat(hearing).hasBusinessKey(recordId).isWaitingAt(TASK_HEARING_REVIEW);
        assertThat(task(hearing)).hasCandidateGroup(Roles.AUDIENCIA);
        applyDecision.status = "CON_INCONSISTENCIA";
        complete(task(hearing), withVariables(VAR_OUTCOME, "CONFIRMAR", VAR_EXPLANATION, "La firma no coincide con la credencial."));
        assertThat(hearing).isWaitingAt(APPLY_DECISION);

        execute(job());

        Assertions.assertThat(applyDecision.applied).containsExactly(recordId + ":CONFIRMAR");
        assertThat(hearing).hasPassed(DECIDED).hasNotPassed(COMPULSA_RESULT).isEnded();
    }

    @Test
    void aRestoredInconsistencyWaitsForTheCompulsa() {
        ProcessInstance hearing = contest();
        applyDecision.status = "PARA_COMPULSA";

        complete(task(hearing), withVariables(VAR_OUTCOME, "RESTITUIR", VAR_EXPLANATION, "La firma sí corresponde."));
        execute(job());

        assertThat(hearing).isWaitingAt(COMPULSA_RESULT);
        runtimeService().createMessageCorrelation(MSG_COMPULSA_RESULT).processInstanceBusinessKey(recordId)
                .correlateAll();
        assertThat(hearing).hasPassedInOrder(APPLY_DECISION, COMPULSA_RESULT, COMPULSADO).isEnded();
    }

    @Test
    void aRestoredInvalidRecordEndsValid() {
        ProcessInstance hearing = contest();
        applyDecision.status = "VALIDO";

        complete(task(hearing), withVariables(VAR_OUTCOME, "RESTITUIR", VAR_EXPLANATION, "Está en la lista nominal."));
        execute(job());

        assertThat(hearing).hasPassed(DECIDED).isEnded();
    }

    @Test
    void theTaskStaysOpenWithoutADecisionOrItsExplanation() {
        ProcessInstance hearing = contest();

        Assertions.assertThatThrownBy(() -> complete(task(hearing), withVariables(VAR_OUTCOME, "QUIZA",
                        VAR_EXPLANATION, "Una explicación suficiente.")))
                .hasMessageContaining("confirma el dictamen o restituye");
        Assertions.assertThatThrownBy(() -> complete(task(hearing), withVariables(VAR_OUTCOME, "RESTITUIR",
                        VAR_EXPLANATION, " corta ")))
                .hasMessageContaining("Explique la decisión");

        assertThat(hearing).isWaitingAt(TASK_HEARING_REVIEW);
        Assertions.assertThat(applyDecision.applied).isEmpty();
    }

    private ProcessInstance contest() {
        return runtimeService().startProcessInstanceByKey(KEY, recordId, Map.of(VAR_RECORD_ID, recordId));
    }

    static final class FakeApplyDecision implements JavaDelegate {
        final List<String> applied = new ArrayList<>();
        String status;

        @Override
        public void execute(DelegateExecution execution) {
            applied.add(execution.getVariable(VAR_RECORD_ID) + ":" + execution.getVariable(VAR_OUTCOME));
            execution.setVariable(VAR_RECORD_STATUS, status);
        }
    }
}
