package mx.captacion.helpdesk.internal;

import static mx.captacion.helpdesk.internal.SupportTicketProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/support-ticket.bpmn} on the in-memory engine, its steps replaced by a fake that
 * records what the process asked for. Together the tests pass every element and flow; the
 * coverage extension fails the class otherwise. Timers are fired through the job API.
 */
@Deployment(resources = {"processes/support-ticket.bpmn", "forms/ticket-triage.form", "forms/ticket-answer.form",
        "forms/ticket-technical-support.form"})
class SupportTicketProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String ATTENTION = "Attention";
    private static final String AWAIT_REPLY = "AwaitReply";

    /** What the steps were asked to do, in order, as "step:ticketId". */
    private final List<String> steps = new ArrayList<>();
    private final String ticketId = "4711";

    public class FakeSteps {
        public void sendAnswer(DelegateExecution execution) {
            steps.add("sendAnswer:" + execution.getVariable(VAR_ANSWER));
        }

        public void reopen(DelegateExecution execution) {
            steps.add("reopen");
        }

        public void close(DelegateExecution execution) {
            steps.add("close");
        }

        public void firstAnswerDeadline(DelegateExecution execution) {
            steps.add("firstAnswerDeadline");
        }

        public void resolutionDeadline(DelegateExecution execution) {
            steps.add("resolutionDeadline");
        }
    }

    @BeforeEach
    void registerFakes() {
        // the real listener marks a typed ticket; the fake does only that
        Mocks.register("ticketTask", (TaskListener) (DelegateTask task) -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && TASK_TRIAGE.equals(task.getTaskDefinitionKey())) {
                task.getExecution().setVariable(VAR_TRIAGED, true);
            }
        });
        FakeSteps fake = new FakeSteps();
        Mocks.register("sendTicketAnswer", (JavaDelegate) fake::sendAnswer);
        Mocks.register("reopenTicket", (JavaDelegate) fake::reopen);
        Mocks.register("closeTicket", (JavaDelegate) fake::close);
        Mocks.register("recordFirstAnswerBreach", (JavaDelegate) fake::firstAnswerDeadline);
        Mocks.register("recordResolutionBreach", (JavaDelegate) fake::resolutionDeadline);
    }

    @AfterEach
    void resetFakes() {
        Mocks.reset();
    }

    @Test
    void aMailIsTypedAnsweredAndClosesWhenNobodyReplies() {
        ProcessInstance ticket = open(false, false);

        assertThat(ticket).hasBusinessKey(ticketId).isWaitingAt(TASK_TRIAGE);
        assertThat(task(ticket)).hasCandidateGroup("mato");
        complete(task(ticket), withVariables(VAR_TYPES, List.of("ACCESO_APP", "ENVIO_APOYO_APP")));
        assertThat(ticket).isWaitingAt(TASK_ANSWER);
        complete(task(ticket), withVariables(VAR_ESCALATE, false, VAR_ANSWER, "Reinstale la aplicación."));

        Assertions.assertThat(steps).containsExactly("sendAnswer:Reinstale la aplicación.");
        assertThat(ticket).isWaitingAt(AWAIT_REPLY);
        execute(timer("CloseAfterWaiting"));
        assertThat(ticket).hasPassed("CloseTicket").isEnded();
        Assertions.assertThat(steps).endsWith("close");
    }

    @Test
    void anEscalatedTicketComesBackToTheAnswerAndAReplyReopensIt() {
        ProcessInstance ticket = open(true, false);

        assertThat(ticket).isWaitingAt(TASK_ANSWER).hasNotPassed(TASK_TRIAGE);
        complete(task(ticket), withVariables(VAR_ESCALATE, true));
        assertThat(ticket).isWaitingAt(TASK_TECHNICAL_SUPPORT);
        assertThat(task(ticket)).hasCandidateGroup("soporte-tecnico");
        complete(task(ticket), withVariables(VAR_TECHNICAL_NOTE, "Se reinició el servicio de registro.", VAR_ESCALATE, false));
        assertThat(ticket).isWaitingAt(TASK_ANSWER);
        complete(task(ticket), withVariables(VAR_ANSWER, "Ya puede registrar auxiliares."));
        assertThat(ticket).isWaitingAt(AWAIT_REPLY);

        runtimeService().createMessageCorrelation(MSG_REPLY).processInstanceBusinessKey(ticketId).correlate();

        Assertions.assertThat(steps).containsExactly("sendAnswer:Ya puede registrar auxiliares.", "reopen");
        // a reopened ticket is already typed: straight back to the answer
        assertThat(ticket).isWaitingAt(TASK_ANSWER);
    }

    @Test
    void deadlinesThatRunOutAreRecordedWithoutInterruptingTheAttention() {
        ProcessInstance ticket = open(false, false);

        execute(timer("FirstAnswerDue"));
        execute(timer("ResolutionDue"));

        Assertions.assertThat(steps).containsExactly("firstAnswerDeadline", "resolutionDeadline");
        assertThat(ticket).hasPassed("FirstAnswerChecked", "ResolutionChecked").isWaitingAt(TASK_TRIAGE);
    }

    @Test
    void aCallResolvedOnTheLineWaitsForAReplyStraightAway() {
        ProcessInstance ticket = open(true, true);

        assertThat(ticket).isWaitingAt(AWAIT_REPLY).hasNotPassed(ATTENTION);
        Assertions.assertThat(timer("CloseAfterWaiting").getDuedate()).isAfter(Date.from(Instant.now().plus(4, ChronoUnit.DAYS)));
    }

    private Job timer(String activityId) {
        return managementService().createJobQuery().timers().activityId(activityId).singleResult();
    }

    private ProcessInstance open(boolean triaged, boolean answered) {
        Instant now = Instant.now();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TICKET_ID, ticketId);
        variables.put(VAR_CHANNEL, "CORREO");
        variables.put(VAR_TRIAGED, triaged);
        variables.put(VAR_ANSWERED, answered);
        variables.put(VAR_ESCALATE, false);
        variables.put(VAR_FIRST_ANSWER_DUE, Date.from(now.plus(8, ChronoUnit.HOURS)));
        variables.put(VAR_RESOLUTION_DUE, Date.from(now.plus(3, ChronoUnit.DAYS)));
        variables.put(VAR_CLOSE_AFTER, "P5D");
        return runtimeService().startProcessInstanceByKey(KEY, ticketId, variables);
    }
}
