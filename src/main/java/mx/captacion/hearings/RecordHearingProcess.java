package mx.captacion.hearings;

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

    private RecordHearingProcess() {
    }
}
