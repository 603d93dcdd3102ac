package mx.captacion.records.internal;

import static mx.captacion.records.CitizenRecordProcess.DECISION_SCREENING;
import static mx.captacion.records.CitizenRecordProcess.DECISION_VALID;
import static mx.captacion.records.CitizenRecordProcess.KEY;
import static mx.captacion.records.CitizenRecordProcess.MSG_COMPULSA_RESULT;
import static mx.captacion.records.CitizenRecordProcess.ROUTE_CONTROL_DESK;
import static mx.captacion.records.CitizenRecordProcess.ROUTE_CONTROL_DESK_WITH_WARNING;
import static mx.captacion.records.CitizenRecordProcess.TASK_CONTROL_DESK;
import static mx.captacion.records.CitizenRecordProcess.VAR_CONTROL_DESK_DRAW;
import static mx.captacion.records.CitizenRecordProcess.VAR_DECISION;
import static mx.captacion.records.CitizenRecordProcess.VAR_FINDINGS;
import static mx.captacion.records.CitizenRecordProcess.VAR_FINDING_COUNT;
import static mx.captacion.records.CitizenRecordProcess.VAR_INCONSISTENCY_NOTE;
import static mx.captacion.records.CitizenRecordProcess.VAR_RECORD_ID;
import static mx.captacion.records.CitizenRecordProcess.VAR_REVIEWER;
import static mx.captacion.records.CitizenRecordProcess.VAR_SCREENING_OUTCOME;
import static mx.captacion.records.CitizenRecordProcess.VAR_SCREENING_ROUTE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import mx.captacion.actors.ControlDeskSampling.Draw;
import mx.captacion.platform.Roles;
import mx.captacion.records.InconsistencyType;

/**
 * {@code processes/citizen-record.bpmn} on a standalone in-memory engine ({@code camunda.cfg.xml}),
 * its Spring delegates replaced by recording fakes and the real screening rules
 * ({@code processes/record-screening.dmn}) deciding. Together the tests pass every element and
 * every sequence flow; the coverage extension fails the class otherwise.
 */
@Deployment(resources = {"processes/citizen-record.bpmn", "processes/record-screening.dmn", "forms/control-desk-review.form"})
class CitizenRecordProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    // Elements of the BPMN that CitizenRecordProcess has no constant for.
    private static final String RECORD_RECEIVED = "RecordReceived";
    private static final String AUTOMATED_PROCESSING = "AutomatedProcessing";
    private static final String SCREENING_OUTCOME = "ScreeningOutcome";
    private static final String SCREENING_RULES = "ScreeningRules";
    private static final String SCREENING_ROUTE = "ScreeningRoute";
    private static final String SEND_TO_CONTROL_DESK = "SendToControlDesk";
    private static final String CONTROL_DESK_SAMPLING = "ControlDeskSampling";
    private static final String SAMPLE_DRAW = "SampleDraw";
    private static final String SKIP_CONTROL_DESK = "SkipControlDesk";
    private static final String SAMPLED_REVIEW = "SampledReview";
    private static final String COUNT_SAMPLED_REVIEW = "CountSampledReview";
    private static final String RECORD_DUPLICATED = "RecordDuplicated";
    private static final String REVIEW_DECISION = "ReviewDecision";
    private static final String MARK_FOR_COMPULSA = "MarkForCompulsa";
    private static final String COMPULSA_RESULT_RECEIVED = "CompulsaResultReceived";
    private static final String RECORD_COMPULSADO = "RecordCompulsado";
    private static final String RECORD_INCONSISTENCY = "RecordInconsistency";
    private static final String RECORD_INCONSISTENT = "RecordInconsistent";

    private static final String REVIEWER = "revisora.mesa";
    private static final String NO_DECISION = "Elija si el registro es válido o el tipo de inconsistencia.";

    private final FakeAutomatedProcessing automatedProcessing = new FakeAutomatedProcessing();
    private final FakeControlDeskTask controlDeskTask = new FakeControlDeskTask();
    private final FakeSendToControlDesk sendToControlDesk = new FakeSendToControlDesk();
    private final FakeMarkForCompulsa markForCompulsa = new FakeMarkForCompulsa();
    private final FakeRecordInconsistency recordInconsistency = new FakeRecordInconsistency();
    private final FakeControlDeskSampling controlDeskSampling = new FakeControlDeskSampling();
    private final FakeSkipControlDesk skipControlDesk = new FakeSkipControlDesk();
    private final FakeCountSampledReview countSampledReview = new FakeCountSampledReview();

    private final String recordId = UUID.randomUUID().toString();

    @BeforeEach
    void registerFakes() {
        Mocks.register("automatedProcessing", automatedProcessing);
        Mocks.register("controlDeskTask", controlDeskTask);
        Mocks.register("sendToControlDesk", sendToControlDesk);
        Mocks.register("markForCompulsa", markForCompulsa);
        Mocks.register("recordInconsistency", recordInconsistency);
        Mocks.register("drawControlDeskSample", controlDeskSampling);
        Mocks.register("skipControlDesk", skipControlDesk);
        Mocks.register("countSampledReview", countSampledReview);
        Mocks.register("reviewDecisionCheck", new ReviewDecisionCheck()); // the real rule: it needs nothing
    }

    @AfterEach
    void resetFakes() {
        Mocks.reset();
    }

    @Test
    void theProcessKeepsItsHistoryFor180Days() {
        ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).latestVersion().singleResult();

        Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void aDuplicateEndsWithoutReview() {
        automatedProcessing.outcome = ScreeningRecord.Outcome.DUPLICADO;

        ProcessInstance record = takeIn(recordId);

        Assertions.assertThat(automatedProcessing.screened)
                .as("the intake's start runs the screening in its own transaction, no job in between")
                .containsExactly(recordId);
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
        Assertions.assertThat(record.getBusinessKey()).isEqualTo(recordId);
        assertThat(record)
                .hasPassedInOrder(RECORD_RECEIVED, AUTOMATED_PROCESSING, SCREENING_OUTCOME, RECORD_DUPLICATED)
                .hasNotPassed(TASK_CONTROL_DESK)
                .isEnded();
        Assertions.assertThat(controlDeskTask.created).isEmpty();
        Assertions.assertThat(markForCompulsa.marked).isEmpty();
        Assertions.assertThat(recordInconsistency.recorded).isEmpty();
    }

    @Test
    void aCleanRecordWaitsForTheControlDesk() throws IOException {
        automatedProcessing.outcome = ScreeningRecord.Outcome.PARA_REGLAS;

        ProcessInstance record = takeIn(recordId);

        Assertions.assertThat(automatedProcessing.screened).containsExactly(recordId);
        assertThat(record)
                .hasPassedInOrder(RECORD_RECEIVED, AUTOMATED_PROCESSING, SCREENING_OUTCOME, SCREENING_RULES,
                        SCREENING_ROUTE, CONTROL_DESK_SAMPLING, SAMPLE_DRAW, SEND_TO_CONTROL_DESK)
                .hasNotPassed(RECORD_DUPLICATED, RECORD_INCONSISTENCY, SKIP_CONTROL_DESK)
                .isWaitingAt(TASK_CONTROL_DESK);
        assertThat(record).variables().containsEntry(VAR_SCREENING_ROUTE, ROUTE_CONTROL_DESK)
                .containsEntry(VAR_CONTROL_DESK_DRAW, Draw.REVISION_COMPLETA.name());
        Assertions.assertThat(controlDeskSampling.drawn).containsExactly(recordId);
        Assertions.assertThat(sendToControlDesk.sent).containsExactly(recordId);
        assertThat(task())
                .hasDefinitionKey(TASK_CONTROL_DESK)
                .hasCandidateGroup(Roles.MESA_CONTROL)
                .isNotAssigned();
        Assertions.assertThat(controlDeskTask.created).as("the create listener prepared the form").containsExactly(recordId);
        try (InputStream form = formService().getDeployedTaskForm(task().getId())) {
            Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"control-desk-review\"");
        }
    }

    @Test
    void aRecordWithAWarningGoesToTheControlDeskWithIt() {
        ProcessInstance record = screened(recordId, "CURP_NO_COINCIDE_FECHA", "IMAGEN_NO_LEGIBLE:FIRMA");

        assertThat(record)
                .hasPassedInOrder(SCREENING_RULES, SCREENING_ROUTE, SEND_TO_CONTROL_DESK)
                .isWaitingAt(TASK_CONTROL_DESK);
        assertThat(record).variables().containsEntry(VAR_SCREENING_ROUTE, ROUTE_CONTROL_DESK_WITH_WARNING)
                .doesNotContainKey(VAR_CONTROL_DESK_DRAW)
                // the rules' inputs lived only in the starting transaction: the rules decided on them all the same
                .doesNotContainKeys(VAR_SCREENING_OUTCOME, VAR_FINDINGS, VAR_FINDING_COUNT);
        Assertions.assertThat(sendToControlDesk.sent).containsExactly(recordId);
        Assertions.assertThat(recordInconsistency.recorded).isEmpty();
    }

    @Test
    void aRecordWithAWarningGoesToTheControlDeskEvenWhenTheProcessSamples() {
        controlDeskSampling.draw = Draw.FUERA_DE_MUESTRA;

        ProcessInstance record = screened(recordId, "CURP_NO_COINCIDE_FECHA");

        assertThat(record).hasNotPassed(CONTROL_DESK_SAMPLING, SKIP_CONTROL_DESK).isWaitingAt(TASK_CONTROL_DESK);
        Assertions.assertThat(controlDeskSampling.drawn).as("only records without a warning are drawn").isEmpty();

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, InconsistencyType.FOTO_NO_VALIDA.name()));

        assertThat(record).hasPassedInOrder(TASK_CONTROL_DESK, SAMPLED_REVIEW, REVIEW_DECISION, RECORD_INCONSISTENCY)
                .hasNotPassed(COUNT_SAMPLED_REVIEW).isEnded();
        Assertions.assertThat(countSampledReview.counted).as("not part of the sample's error rate").isEmpty();
    }

    @Test
    void aRecordOutOfTheSampleSkipsTheControlDeskAndWaitsForTheCompulsa() {
        controlDeskSampling.draw = Draw.FUERA_DE_MUESTRA;

        ProcessInstance record = screened(recordId);

        assertThat(record)
                .hasPassedInOrder(SCREENING_ROUTE, CONTROL_DESK_SAMPLING, SAMPLE_DRAW, SKIP_CONTROL_DESK)
                .hasNotPassed(SEND_TO_CONTROL_DESK, TASK_CONTROL_DESK, MARK_FOR_COMPULSA)
                .isWaitingAt(COMPULSA_RESULT_RECEIVED)
                .isWaitingFor(MSG_COMPULSA_RESULT);
        Assertions.assertThat(skipControlDesk.skipped).containsExactly(recordId);
        Assertions.assertThat(sendToControlDesk.sent).isEmpty();
        Assertions.assertThat(controlDeskTask.created).isEmpty();

        runtimeService().createMessageCorrelation(MSG_COMPULSA_RESULT).processInstanceBusinessKey(recordId).correlate();

        assertThat(record).hasPassedInOrder(SKIP_CONTROL_DESK, COMPULSA_RESULT_RECEIVED, RECORD_COMPULSADO).isEnded();
    }

    @Test
    void aSampledRecordIsReviewedAndItsDecisionCountsForTheSample() {
        controlDeskSampling.draw = Draw.EN_MUESTRA;
        ProcessInstance record = atTheControlDesk(recordId);
        assertThat(record).hasPassedInOrder(CONTROL_DESK_SAMPLING, SAMPLE_DRAW, SEND_TO_CONTROL_DESK)
                .hasNotPassed(SKIP_CONTROL_DESK);

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, InconsistencyType.FIRMA_NO_VALIDA.name()));

        assertThat(record)
                .hasPassedInOrder(TASK_CONTROL_DESK, SAMPLED_REVIEW, COUNT_SAMPLED_REVIEW, REVIEW_DECISION,
                        RECORD_INCONSISTENCY, RECORD_INCONSISTENT)
                .isEnded();
        Assertions.assertThat(countSampledReview.counted)
                .containsExactly(new Counted(recordId, InconsistencyType.FIRMA_NO_VALIDA.name()));
    }

    @Test
    void aValidSampledRecordIsCountedAndMarkedForCompulsa() {
        controlDeskSampling.draw = Draw.EN_MUESTRA;
        ProcessInstance record = atTheControlDesk(recordId);

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, DECISION_VALID));

        assertThat(record).hasPassedInOrder(COUNT_SAMPLED_REVIEW, REVIEW_DECISION, MARK_FOR_COMPULSA)
                .isWaitingAt(COMPULSA_RESULT_RECEIVED);
        Assertions.assertThat(countSampledReview.counted).containsExactly(new Counted(recordId, DECISION_VALID));
        Assertions.assertThat(markForCompulsa.marked).containsExactly(new Marked(recordId, REVIEWER));
    }

    @Test
    void inFullReviewADecisionIsNotCountedForASample() {
        ProcessInstance record = awaitingCompulsa(recordId);

        assertThat(record).hasPassedInOrder(SAMPLED_REVIEW, REVIEW_DECISION, MARK_FOR_COMPULSA)
                .hasNotPassed(COUNT_SAMPLED_REVIEW);
        Assertions.assertThat(countSampledReview.counted).isEmpty();
    }

    @Test
    void anExpiredCredentialEndsAsAnInconsistencyWithoutReview() {
        ProcessInstance record = screened(recordId, "CURP_NO_COINCIDE_FECHA", "CREDENCIAL_SIN_VIGENCIA");

        assertThat(record)
                .hasPassedInOrder(SCREENING_RULES, SCREENING_ROUTE, RECORD_INCONSISTENCY, RECORD_INCONSISTENT)
                .hasNotPassed(SEND_TO_CONTROL_DESK, TASK_CONTROL_DESK, REVIEW_DECISION)
                .isEnded();
        Assertions.assertThat(recordInconsistency.recorded).containsExactly(new Inconsistency(recordId,
                InconsistencyType.CREDENCIAL_NO_VALIDA.name(),
                "Revisión automática: la credencial no estaba vigente en la fecha de captura o no se capturó su vigencia.", null));
        Assertions.assertThat(sendToControlDesk.sent).isEmpty();
        Assertions.assertThat(controlDeskTask.created).isEmpty();
    }

    @Test
    void aMissingSignatureEndsAsAnInvalidSignature() {
        ProcessInstance record = screened(recordId, "IMAGEN_FALTANTE:FIRMA");

        assertThat(record).hasPassed(RECORD_INCONSISTENCY).isEnded();
        Assertions.assertThat(recordInconsistency.recorded).extracting(Inconsistency::decision)
                .containsExactly(InconsistencyType.FIRMA_NO_VALIDA.name());
    }

    /**
     * What a process owner does: edit one rule of record-screening.dmn and deploy it. The same
     * findings that ended in an inconsistency now go to the control desk with a warning.
     */
    @Test
    void aChangedTableChangesTheOutcome() throws IOException {
        ProcessInstance before = screened(recordId, "CREDENCIAL_SIN_VIGENCIA");
        assertThat(before).hasPassed(RECORD_INCONSISTENCY).isEnded();

        String edited = RecordScreeningRulesTest.table().replace(
                "<outputEntry id=\"ExpiredCredential_route\"><text>\"INCONSISTENCIA\"</text>",
                "<outputEntry id=\"ExpiredCredential_route\"><text>\"MESA_DE_CONTROL_CON_ADVERTENCIA\"</text>");
        Assertions.assertThat(edited).isNotEqualTo(RecordScreeningRulesTest.table());
        String deployment = repositoryService().createDeployment()
                .addString("record-screening.dmn", edited).deploy().getId();
        try {
            Assertions.assertThat(repositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(DECISION_SCREENING).latestVersion().singleResult().getVersion()).isEqualTo(2);

            String sameRecordAgain = UUID.randomUUID().toString();
            ProcessInstance after = screened(sameRecordAgain, "CREDENCIAL_SIN_VIGENCIA");

            assertThat(after).hasPassed(SEND_TO_CONTROL_DESK).hasNotPassed(RECORD_INCONSISTENCY)
                    .isWaitingAt(TASK_CONTROL_DESK);
            assertThat(after).variables().containsEntry(VAR_SCREENING_ROUTE, ROUTE_CONTROL_DESK_WITH_WARNING);
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void aValidRecordIsMarkedForCompulsaAndEndsWhenTheResultArrives() {
        ProcessInstance record = atTheControlDesk(recordId);

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, DECISION_VALID));

        assertThat(record)
                .hasPassedInOrder(TASK_CONTROL_DESK, REVIEW_DECISION, MARK_FOR_COMPULSA)
                .hasNotPassed(RECORD_INCONSISTENCY)
                .isWaitingAt(COMPULSA_RESULT_RECEIVED)
                .isWaitingFor(MSG_COMPULSA_RESULT);
        assertThat(record).variables().containsEntry(VAR_REVIEWER, REVIEWER);
        Assertions.assertThat(markForCompulsa.marked).containsExactly(new Marked(recordId, REVIEWER));
        Assertions.assertThat(recordInconsistency.recorded).isEmpty();

        runtimeService().createMessageCorrelation(MSG_COMPULSA_RESULT)
                .processInstanceBusinessKey(recordId)
                .correlate();

        assertThat(record)
                .hasPassedInOrder(MARK_FOR_COMPULSA, COMPULSA_RESULT_RECEIVED, RECORD_COMPULSADO)
                .hasNotPassed(RECORD_INCONSISTENT)
                .isEnded();
    }

    @Test
    void theCompulsaResultEndsOnlyTheRecordItNames() {
        String otherRecordId = UUID.randomUUID().toString();
        ProcessInstance record = awaitingCompulsa(recordId);
        ProcessInstance otherRecord = awaitingCompulsa(otherRecordId);

        runtimeService().createMessageCorrelation(MSG_COMPULSA_RESULT)
                .processInstanceBusinessKey(recordId)
                .correlate();

        assertThat(record).hasPassed(RECORD_COMPULSADO).isEnded();
        assertThat(otherRecord).isWaitingAt(COMPULSA_RESULT_RECEIVED);
    }

    @Test
    void aPhotocopiedCredentialIsRecordedAsAnInconsistency() {
        ProcessInstance record = atTheControlDesk(recordId);
        String decision = InconsistencyType.FOTOCOPIA_DE_CREDENCIAL.name();

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, decision));

        Assertions.assertThat(recordInconsistency.recorded)
                .containsExactly(new Inconsistency(recordId, decision, null, REVIEWER));
        Assertions.assertThat(markForCompulsa.marked).isEmpty();
        assertThat(record)
                .hasPassedInOrder(TASK_CONTROL_DESK, REVIEW_DECISION, RECORD_INCONSISTENCY, RECORD_INCONSISTENT)
                .hasNotPassed(MARK_FOR_COMPULSA, COMPULSA_RESULT_RECEIVED)
                .isEnded();
    }

    @Test
    void anOtherInconsistencyIsRecordedWithItsNote() {
        ProcessInstance record = atTheControlDesk(recordId);
        String decision = InconsistencyType.OTRA.name();
        String note = "La fotografía viva no corresponde a la persona de la credencial.";

        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, decision, VAR_INCONSISTENCY_NOTE, note));

        Assertions.assertThat(recordInconsistency.recorded)
                .containsExactly(new Inconsistency(recordId, decision, note, REVIEWER));
        Assertions.assertThat(markForCompulsa.marked).isEmpty();
        assertThat(record)
                .hasPassedInOrder(REVIEW_DECISION, RECORD_INCONSISTENCY, RECORD_INCONSISTENT)
                .hasNotPassed(MARK_FOR_COMPULSA)
                .isEnded();
    }

    @Test
    void completingTheReviewWithoutADecisionIsRefusedAndTheTaskStays() {
        ProcessInstance record = atTheControlDesk(recordId);
        Task review = task();
        claim(review, REVIEWER);

        Assertions.assertThatThrownBy(() -> complete(review)).hasMessageContaining(NO_DECISION);

        assertThat(record)
                .isWaitingAt(TASK_CONTROL_DESK)
                .hasNotPassed(TASK_CONTROL_DESK, REVIEW_DECISION);
        assertThat(task()).hasId(review.getId()).isAssignedTo(REVIEWER);
        assertThat(record).variables().doesNotContainKey(VAR_REVIEWER);
        Assertions.assertThat(markForCompulsa.marked).isEmpty();
        Assertions.assertThat(recordInconsistency.recorded).isEmpty();

        complete(task(), withVariables(VAR_DECISION, DECISION_VALID));

        assertThat(record).hasPassed(TASK_CONTROL_DESK).isWaitingAt(COMPULSA_RESULT_RECEIVED);
        Assertions.assertThat(controlDeskTask.completed).contains(recordId);
    }

    @Test
    void otraWithoutADescriptionIsRefusedAndTheTaskStays() {
        ProcessInstance record = atTheControlDesk(recordId);
        claim(task(), REVIEWER);

        Assertions.assertThatThrownBy(() -> complete(task(), withVariables(VAR_DECISION, InconsistencyType.OTRA.name())))
                .hasMessageContaining("Describa la inconsistencia");

        assertThat(record).isWaitingAt(TASK_CONTROL_DESK).hasNotPassed(REVIEW_DECISION);
        Assertions.assertThat(recordInconsistency.recorded).isEmpty();
    }

    /** Reception: the app starts the process with the record id as business key and variable. */
    private ProcessInstance takeIn(String id) {
        return runtimeService().startProcessInstanceByKey(KEY, id, withVariables(VAR_RECORD_ID, id));
    }

    /** A record the automated processing sent to the control desk, its review task open. */
    private ProcessInstance atTheControlDesk(String id) {
        ProcessInstance record = screened(id);
        assertThat(record).isWaitingAt(TASK_CONTROL_DESK);
        return record;
    }

    /** A record that counts for its actor, screened with these findings' keys; the rules have decided. */
    private ProcessInstance screened(String id, String... findingKeys) {
        automatedProcessing.outcome = ScreeningRecord.Outcome.PARA_REGLAS;
        automatedProcessing.findingKeys = List.of(findingKeys);
        return takeIn(id);
    }

    /** A record the control desk found valid, waiting for the compulsa result. */
    private ProcessInstance awaitingCompulsa(String id) {
        ProcessInstance record = atTheControlDesk(id);
        claim(task(), REVIEWER);
        complete(task(), withVariables(VAR_DECISION, DECISION_VALID));
        assertThat(record).isWaitingAt(COMPULSA_RESULT_RECEIVED);
        return record;
    }

    /** {@code ${automatedProcessing}}: leaves the outcome the test chose instead of screening. */
    static final class FakeAutomatedProcessing implements JavaDelegate {
        final List<String> screened = new ArrayList<>();
        ScreeningRecord.Outcome outcome;
        List<String> findingKeys = List.of();

        @Override
        public void execute(DelegateExecution execution) {
            screened.add((String) execution.getVariable(VAR_RECORD_ID));
            // transient, as the real delegate sets them: the process must not need them after the transaction
            execution.setVariable(VAR_SCREENING_OUTCOME, Variables.stringValue(outcome.name(), true));
            execution.setVariable(VAR_FINDINGS, Variables.stringValue(String.join(",", findingKeys), true));
            execution.setVariable(VAR_FINDING_COUNT, Variables.integerValue(findingKeys.size(), true));
        }
    }

    /** {@code ${sendToControlDesk}} */
    static final class FakeSendToControlDesk implements JavaDelegate {
        final List<String> sent = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            sent.add((String) execution.getVariable(VAR_RECORD_ID));
        }
    }

    /** {@code ${controlDeskTask}}: records the creation and the reviewer. */
    static final class FakeControlDeskTask implements TaskListener {
        final List<String> created = new ArrayList<>();
        final List<String> completed = new ArrayList<>();

        @Override
        public void notify(DelegateTask task) {
            String id = (String) task.getVariable(VAR_RECORD_ID);
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                created.add(id);
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                task.setVariable(VAR_REVIEWER, task.getAssignee());
                completed.add(id);
            }
        }
    }

    record Marked(String recordId, String reviewer) {
    }

    /** {@code ${drawControlDeskSample}}: leaves the draw the test chose (full review unless told). */
    static final class FakeControlDeskSampling implements JavaDelegate {
        final List<String> drawn = new ArrayList<>();
        Draw draw = Draw.REVISION_COMPLETA;

        @Override
        public void execute(DelegateExecution execution) {
            drawn.add((String) execution.getVariable(VAR_RECORD_ID));
            execution.setVariable(VAR_CONTROL_DESK_DRAW, draw.name());
        }
    }

    /** {@code ${skipControlDesk}} */
    static final class FakeSkipControlDesk implements JavaDelegate {
        final List<String> skipped = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            skipped.add((String) execution.getVariable(VAR_RECORD_ID));
        }
    }

    record Counted(String recordId, String decision) {
    }

    /** {@code ${countSampledReview}} */
    static final class FakeCountSampledReview implements JavaDelegate {
        final List<Counted> counted = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            counted.add(new Counted((String) execution.getVariable(VAR_RECORD_ID),
                    (String) execution.getVariable(VAR_DECISION)));
        }
    }

    /** {@code ${markForCompulsa}} */
    static final class FakeMarkForCompulsa implements JavaDelegate {
        final List<Marked> marked = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            marked.add(new Marked((String) execution.getVariable(VAR_RECORD_ID),
                    (String) execution.getVariable(VAR_REVIEWER)));
        }
    }

    record Inconsistency(String recordId, String decision, String note, String reviewer) {
    }

    /** {@code ${recordInconsistency}} */
    static final class FakeRecordInconsistency implements JavaDelegate {
        final List<Inconsistency> recorded = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            recorded.add(new Inconsistency((String) execution.getVariable(VAR_RECORD_ID),
                    (String) execution.getVariable(VAR_DECISION),
                    (String) execution.getVariable(VAR_INCONSISTENCY_NOTE),
                    (String) execution.getVariable(VAR_REVIEWER)));
        }
    }
}
