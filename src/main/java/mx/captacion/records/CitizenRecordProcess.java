package mx.captacion.records;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

import mx.captacion.records.internal.Finding;
import mx.captacion.records.internal.ReviewDecision;

/** Names shared by {@code processes/citizen-record.bpmn}, its delegates, routes and tests. */
public final class CitizenRecordProcess {

    public static final String KEY = "citizen-record";

    public static final String VAR_RECORD_ID = "recordId";
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    /** The findings' keys ({@link Finding#key()}) separated by commas, and how many: the screening rules' inputs. */
    public static final String VAR_FINDINGS = "findings";
    public static final String VAR_FINDING_COUNT = "findingCount";
    /** Where the screening rules sent the record: one of the {@code ROUTE_} values. */
    public static final String VAR_SCREENING_ROUTE = "screeningRoute";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_INCONSISTENCY_NOTE = "inconsistencyNote";
    public static final String VAR_REVIEWER = "reviewer";
    /** The compulsa's answer, a {@code RegistralStatus} name, set by the {@code CompulsaResult} message. */
    public static final String VAR_REGISTRAL_STATUS = "registralStatus";
    /**
     * Set only for a record the rules pass without a warning: the name of a
     * {@link mx.captacion.actors.ControlDeskSampling.Draw} (full review, in the sample, out of it).
     */
    public static final String VAR_CONTROL_DESK_DRAW = "controlDeskDraw";

    /** The value of {@link #VAR_DECISION} that sends a record to the compulsa; any other names an inconsistency. */
    public static final String DECISION_VALID = "VALIDO";

    /** The screening rules: {@code processes/record-screening.dmn}. */
    public static final String DECISION_SCREENING = "record-screening";
    public static final String ROUTE_INCONSISTENCY = "INCONSISTENCIA";
    public static final String ROUTE_CONTROL_DESK_WITH_WARNING = "MESA_DE_CONTROL_CON_ADVERTENCIA";
    public static final String ROUTE_CONTROL_DESK = "MESA_DE_CONTROL";
    /** To the control desk flagged for fraud review (e.g. an image reused by another citizen). */
    public static final String ROUTE_CONTROL_DESK_FRAUD_REVIEW = "MESA_DE_CONTROL_REVISION_FRAUDE";

    public static final String TASK_CONTROL_DESK = "ControlDeskReview";
    public static final String MSG_COMPULSA_RESULT = "CompulsaResult";

    /** The record a process instance (or one of its tasks) is about: {@link #VAR_RECORD_ID}, kept as a string. */
    public static UUID recordIdOf(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_RECORD_ID));
    }

    /**
     * The control-desk reviewer's decision on a record: {@link #VAR_DECISION} with
     * {@link #VAR_INCONSISTENCY_NOTE}, refused as {@link ReviewDecision#of} refuses it.
     */
    public static ReviewDecision decisionOf(VariableScope scope) {
        return ReviewDecision.of((String) scope.getVariable(VAR_DECISION),
                (String) scope.getVariable(VAR_INCONSISTENCY_NOTE));
    }

    private CitizenRecordProcess() {
    }
}
