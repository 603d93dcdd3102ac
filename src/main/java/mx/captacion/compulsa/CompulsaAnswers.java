package mx.captacion.compulsa;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.ApplyingCompulsaAnswer;
import mx.captacion.records.ApplyingCompulsaAnswer.Outcome;

/** Applies one answer of any endpoint to its record, or reports why it changed nothing. */
@Component("compulsaAnswers")
public class CompulsaAnswers {

    private final ApplyingCompulsaAnswer applying;
    private final CompulsaBatches batches;
    private final CompulsaProblems problems;

    CompulsaAnswers(ApplyingCompulsaAnswer applying, CompulsaBatches batches, CompulsaProblems problems) {
        this.applying = applying;
        this.batches = batches;
        this.problems = problems;
    }

    @Transactional
    public Outcome apply(CompulsaAnswer answer) {
        Optional<UUID> recordId = recordId(answer.recordRef());
        Outcome outcome = recordId.map(id -> applying.apply(id, answer.status())).orElse(Outcome.REGISTRO_DESCONOCIDO);
        String ref = answer.recordRef();
        switch (outcome) {
            case APLICADA -> batches.answered(recordId.get());
            case REPETIDA -> { } // a re-sent answer: already applied, nothing to say
            case CONTRADICTORIA -> problems.report(answer.source(), answer.lineNumber(), ref, outcome.name(),
                    "El registro " + ref + " ya tenía otra respuesta de la compulsa; esta («"
                            + answer.status().label() + "») no se aplicó.");
            case REGISTRO_DESCONOCIDO -> problems.report(answer.source(), answer.lineNumber(), ref, outcome.name(),
                    "No existe el registro «" + ref + "»: la respuesta no corresponde a ningún registro enviado.");
            case NO_ESPERADA -> problems.report(answer.source(), answer.lineNumber(), ref, outcome.name(),
                    "El registro " + ref + " no está esperando la compulsa: la respuesta no se aplicó.");
        }
        return outcome;
    }

    private static Optional<UUID> recordId(String ref) {
        try {
            return Optional.of(UUID.fromString(ref.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
