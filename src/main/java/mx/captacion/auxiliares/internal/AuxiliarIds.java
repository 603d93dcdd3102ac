package mx.captacion.auxiliares;

import org.springframework.stereotype.Component;

import mx.captacion.platform.Sequences;

/** Issues auxiliar IDs (AUX-0001000, …) from a database sequence: never twice, never reused. */
@Component
class AuxiliarIds {

    private final Sequences sequences;

    AuxiliarIds(Sequences sequences) {
        this.sequences = sequences;
    }

    AuxiliarId next() {
        return new AuxiliarId("AUX-%07d".formatted(sequences.next("captacion.auxiliar_number")));
    }
}
