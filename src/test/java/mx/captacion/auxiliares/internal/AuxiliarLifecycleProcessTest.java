package mx.captacion.auxiliares.internal;

import static mx.captacion.auxiliares.AuxiliarLifecycle.KEY;
import static mx.captacion.auxiliares.AuxiliarLifecycle.MSG_BAJA;
import static mx.captacion.auxiliares.AuxiliarLifecycle.MSG_REGISTERED_IN_APP;
import static mx.captacion.auxiliares.AuxiliarLifecycle.VAR_AUXILIAR_ID;
import static mx.captacion.auxiliares.AuxiliarLifecycle.VAR_REGISTRATION_TIMEOUT;
import static mx.captacion.auxiliares.AuxiliarLifecycle.VAR_REVIEW_OUTCOME;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

import mx.captacion.auxiliares.AuxiliarLifecycle.ReviewOutcome;
import mx.captacion.platform.Roles;

/**
 * {@code processes/auxiliar-lifecycle.bpmn} on the standalone in-memory engine, its steps replaced
 * by recording fakes (the review check is the real one). Together the tests pass every element and
 * every flow, the deadline timer included; the coverage extension fails the class otherwise.
 */
@Deployment(resources = {"processes/auxiliar-lifecycle.bpmn", "forms/auxiliar-review.form"})
class AuxiliarLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String AUXILIAR = "AUX-0001234";

    /** Records what the service tasks' delegates were asked to do; the review answers what the test queued. */
    public static class FakeSteps {
        final List<String> mailed = new ArrayList<>();
        final List<String> bajas = new ArrayList<>();
        final Deque<ReviewOutcome> outcomes = new ArrayDeque<>();

        public void sendAuxiliarId(DelegateExecution execution) {
            mailed.add((String) execution.getVariable(VAR_AUXILIAR_ID));
        }

        public void review(DelegateExecution execution) {
            execution.setVariable(VAR_REVIEW_OUTCOME, outcomes.pop().name());
        }

        public void bajaByPlatform(DelegateExecution execution) {
            bajas.add(execution.getVariable(VAR_AUXILIAR_ID) + ":" + execution.getVariable("bajaCause"));
        }
    }

    static class FakeReviewTask implements TaskListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void notify(DelegateTask task) {
            events.add(task.getEventName());
        }
    }

    private final FakeSteps steps = new FakeSteps();
    private final FakeReviewTask reviewTask = new FakeReviewTask();

    @BeforeEach
    void registerFakes() {
        Mocks.register("sendAuxiliarId", (JavaDelegate) steps::sendAuxiliarId);
        Mocks.register("reviewAuxiliarAutomatically", (JavaDelegate) steps::review);
        Mocks.register("auxiliarBajaByPlatform", (JavaDelegate) steps::bajaByPlatform);
        Mocks.register("auxiliarReviewTask", reviewTask);
        Mocks.register("auxiliarReviewCheck", new AuxiliarReviewCheck(bundle()));
    }

    @AfterEach
    void resetFakes() {
        Mocks.reset();
    }

    private ProcessInstance alta() {
        ProcessInstance auxiliar = runtimeService().startProcessInstanceByKey(KEY, AUXILIAR,
                Map.of(VAR_AUXILIAR_ID, AUXILIAR, VAR_REGISTRATION_TIMEOUT, "P15D"));
        Assertions.assertThat(steps.mailed).containsExactly(AUXILIAR);
        assertThat(auxiliar).isWaitingAt("AwaitRegistration");
        return auxiliar;
    }

    private ProcessInstance registeredAndReviewed(ReviewOutcome outcome) {
        ProcessInstance auxiliar = alta();
        steps.outcomes.push(outcome);
        runtimeService().correlateMessage(MSG_REGISTERED_IN_APP, AUXILIAR);
        assertThat(auxiliar).isWaitingAt("ReviewAutomatically");
        execute(job());
        return auxiliar;
    }

    private void baja() {
        runtimeService().createMessageCorrelation(MSG_BAJA).processInstanceBusinessKey(AUXILIAR).correlate();
    }

    @Test
    void anApprovedAuxiliarStaysActiveUntilItsBaja() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.APROBADO);
        assertThat(auxiliar).isWaitingAt("Active");
        Assertions.assertThat(steps.bajas).isEmpty();

        baja();

        assertThat(auxiliar).hasPassed("EndBaja").isEnded();
    }

    @Test
    void anAuxiliarNotInTheRollIsGivenABajaByTheReview() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.NO_ESTA_EN_LISTA_NOMINAL);

        assertThat(auxiliar).hasPassed("BajaByIneReview", "EndBajaIne").isEnded();
        Assertions.assertThat(steps.bajas).containsExactly(AUXILIAR + ":NO_ESTA_EN_LISTA_NOMINAL");
    }

    @Test
    void anAuxiliarWithoutCredentialImagesIsGivenABajaByTheReview() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.SIN_ANVERSO_Y_REVERSO);

        assertThat(auxiliar).hasPassed("EndBajaIne").isEnded();
        Assertions.assertThat(steps.bajas).containsExactly(AUXILIAR + ":SIN_ANVERSO_Y_REVERSO");
    }

    @Test
    void aDoubtfulCaseGoesToAPersonWhoseDecisionIsChecked() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.REVISION_MANUAL);
        assertThat(auxiliar).isWaitingAt("ReviewAuxiliar");
        assertThat(task()).hasCandidateGroup(Roles.REVISION_AUXILIARES).hasFormKey(null);
        Assertions.assertThat(reviewTask.events).containsExactly(TaskListener.EVENTNAME_CREATE);

        assertThatThrownBy(() -> complete(task(), withVariables(VAR_REVIEW_OUTCOME, ReviewOutcome.REVISION_MANUAL.name())))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Elija si el auxiliar se aprueba");
        assertThat(auxiliar).isWaitingAt("ReviewAuxiliar");

        complete(task(), withVariables(VAR_REVIEW_OUTCOME, ReviewOutcome.APROBADO.name()));

        assertThat(auxiliar).hasPassed("ReviewAuxiliar").isWaitingAt("Active");
        Assertions.assertThat(reviewTask.events).endsWith(TaskListener.EVENTNAME_COMPLETE);
    }

    @Test
    void aPersonMayGiveTheBajaInstead() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.REVISION_MANUAL);

        complete(task(), withVariables(VAR_REVIEW_OUTCOME, ReviewOutcome.NO_ESTA_EN_LISTA_NOMINAL.name()));

        assertThat(auxiliar).hasPassed("BajaByIneReview").isEnded();
        Assertions.assertThat(steps.bajas).containsExactly(AUXILIAR + ":NO_ESTA_EN_LISTA_NOMINAL");
    }

    @Test
    void aBajaDuringThePersonsReviewEndsIt() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.REVISION_MANUAL);

        baja();

        assertThat(auxiliar).hasPassed("BajaDuringReview", "EndBajaDuringReview").isEnded();
        Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void aBajaWhileTheAutomatedReviewRanLeavesNothingToDecide() {
        ProcessInstance auxiliar = registeredAndReviewed(ReviewOutcome.YA_DADO_DE_BAJA);

        assertThat(auxiliar).hasPassed("EndAlreadyBaja").isEnded();
        Assertions.assertThat(steps.bajas).isEmpty();
    }

    @Test
    void aRegistrationThatNeverComesLapsesAtTheConfiguredDeadline() {
        Instant start = Instant.now();
        ProcessInstance auxiliar = alta();
        Job deadline = managementService().createJobQuery().timers().singleResult();
        Assertions.assertThat(deadline.getDuedate().toInstant())
                .isBetween(start.plus(Duration.ofDays(15)).minusSeconds(5), Instant.now().plus(Duration.ofDays(15)));

        execute(deadline);

        assertThat(auxiliar).hasPassed("RegistrationExpired", "ExpireRegistration", "EndExpired").isEnded();
        Assertions.assertThat(steps.bajas).containsExactly(AUXILIAR + ":REGISTRO_EN_APP_VENCIDO");
    }

    @Test
    void aBajaBeforeTheRegistrationEndsTheWait() {
        ProcessInstance auxiliar = alta();

        baja();

        assertThat(auxiliar).hasPassed("BajaBeforeRegistration", "EndBajaBeforeRegistration").isEnded();
        Assertions.assertThat(managementService().createJobQuery().count()).as("the deadline timer is gone").isZero();
    }

    /** The message bundle as Spring Boot reads it (application.yaml's spring.messages). */
    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
