package mx.captacion.auxiliares.internal;

import org.springframework.stereotype.Component;

import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.platform.Sequences;

/** Issues auxiliar IDs (AUX-0001000, …) from a database sequence: never twice, never reused. */
@Component
public class AuxiliarIds {

    private final Sequences sequences;

    AuxiliarIds(Sequences sequences) {
        this.sequences = sequences;
    }

    public AuxiliarId next() {
        return new AuxiliarId("AUX-%07d".formatted(sequences.next("captacion.auxiliar_number")));
    }
}
