package mx.captacion.hearings.internal;

import java.util.Arrays;
import java.util.Optional;

/** The audiencia reviewer's final decision on a contested record. */
public enum HearingOutcome {
    /** The judgement stands. */
    CONFIRMAR("Se confirma el dictamen"),
    /** The record is restored: valid, or back to the compulsa. */
    RESTITUIR("Se restituye el registro");

    private final String label;

    HearingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<HearingOutcome> byName(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
