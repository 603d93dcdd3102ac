package mx.captacion.hearings;

import org.camunda.bpm.engine.delegate.VariableScope;

import mx.captacion.records.RecordId;

/** Names shared by {@code processes/record-hearing.bpmn}, its listeners, delegates and tests. */
public final class RecordHearingProcess {

    public static final String KEY = "record-hearing";

    public static final String VAR_RECORD_ID = "recordId";
    /** {@code CONFIRMAR} or {@code RESTITUIR}: the audiencia reviewer's final decision. */
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_EXPLANATION = "explanation";
    public static final String VAR_REVIEWER = "reviewer";
    /** The record's status after the decision; {@code PARA_COMPULSA} makes the process wait for the compulsa. */
    public static final String VAR_RECORD_STATUS = "recordStatus";

    public static final String TASK_HEARING_REVIEW = "HearingReview";
    /** The compulsa's answer, the same message {@code citizen-record.bpmn} waits for. */
    public static final String MSG_COMPULSA_RESULT = "CompulsaResult";

    /** The record a process instance (or one of its tasks) is about: {@link #VAR_RECORD_ID}, kept as a string. */
    public static RecordId recordIdOf(VariableScope scope) {
        return RecordId.of((String) scope.getVariable(VAR_RECORD_ID));
    }

    private RecordHearingProcess() {
    }
}
