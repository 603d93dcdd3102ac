package mx.captacion.records.internal;

import java.util.Arrays;
import java.util.Optional;

import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.InconsistencyType;

/** What a reviewer decided at the control desk: valid, or one inconsistency (OTRA with a text). */
public record ReviewDecision(Optional<InconsistencyType> inconsistency, String note) {

    public static final int MAX_NOTE = 500;

    /** Reads the form's values; refuses, with a message for the reviewer, what is not a decision. */
    public static ReviewDecision of(String decision, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("La descripción admite a lo más " + MAX_NOTE + " caracteres.");
        }
        if (CitizenRecordProcess.DECISION_VALID.equals(decision)) {
            return new ReviewDecision(Optional.empty(), null);
        }
        InconsistencyType type = Arrays.stream(InconsistencyType.values())
                .filter(t -> t.name().equals(decision)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Elija si el registro es válido o el tipo de inconsistencia."));
        if (type == InconsistencyType.OTRA && text.isEmpty()) {
            throw new IllegalArgumentException("Describa la inconsistencia cuando elige «Otra».");
        }
        return new ReviewDecision(Optional.of(type), text.isEmpty() ? null : text);
    }

    public boolean valid() {
        return inconsistency.isEmpty();
    }
}
