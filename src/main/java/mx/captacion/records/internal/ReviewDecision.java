package mx.captacion.records.internal;

import java.util.Arrays;
import java.util.Optional;

import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.InconsistencyType;

/** What a reviewer decided at the control desk: valid, or one inconsistency (OTRA with a text). */
public record ReviewDecision(Optional<InconsistencyType> inconsistency, String note) {

    public static final int MAX_NOTE = 500;

    /** Reads the form's values; refuses, with a message for the reviewer, what is not a decision (an {@code ApiProblem}). */
    public static ReviewDecision of(String decision, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw RecordRejection.NOTA_MUY_LARGA.problem(MAX_NOTE);
        }
        if (CitizenRecordProcess.DECISION_VALID.equals(decision)) {
            return new ReviewDecision(Optional.empty(), null);
        }
        InconsistencyType type = Arrays.stream(InconsistencyType.values())
                .filter(t -> t.name().equals(decision)).findFirst()
                .orElseThrow(() -> RecordRejection.DECISION_FALTANTE.problem());
        if (type == InconsistencyType.OTRA && text.isEmpty()) {
            throw RecordRejection.NOTA_FALTANTE.problem();
        }
        return new ReviewDecision(Optional.of(type), text.isEmpty() ? null : text);
    }

    public boolean valid() {
        return inconsistency.isEmpty();
    }
}
