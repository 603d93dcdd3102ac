package mx.captacion.records;

/** Names shared by {@code processes/citizen-record.bpmn}, its delegates, routes and tests. */
public final class CitizenRecordProcess {

    public static final String KEY = "citizen-record";

    public static final String VAR_RECORD_ID = "recordId";
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_INCONSISTENCY_NOTE = "inconsistencyNote";
    public static final String VAR_REVIEWER = "reviewer";

    /** The value of {@link #VAR_DECISION} that sends a record to the compulsa; any other names an inconsistency. */
    public static final String DECISION_VALID = "VALIDO";

    public static final String TASK_CONTROL_DESK = "ControlDeskReview";
    public static final String MSG_COMPULSA_RESULT = "CompulsaResult";

    private CitizenRecordProcess() {
    }
}
