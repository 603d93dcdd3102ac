package mx.captacion.compulsa.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.records.ApplyingCompulsaAnswer.Outcome;
import mx.captacion.records.ApplyingCompulsaAnswer;
import mx.captacion.records.RecordId;

/** Applies one answer of any endpoint to its record, or reports why it changed nothing. */
@Component("compulsaAnswers")
public class CompulsaAnswers {

    private static final Logger log = LoggerFactory.getLogger(CompulsaAnswers.class);

    private final ApplyingCompulsaAnswer applying;
    private final CompulsaBatches batches;
    private final CompulsaProblems problems;
    private final TransactionTemplate ownTransaction;

    CompulsaAnswers(ApplyingCompulsaAnswer applying, CompulsaBatches batches, CompulsaProblems problems,
                    PlatformTransactionManager transactions) {
        this.applying = applying;
        this.batches = batches;
        this.problems = problems;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Each answer in its own transaction, so the answers of a batch are independent: when one fails
     * (the database, the record's process) only it rolls back, it is reported ({@code ERROR_AL_APLICAR})
     * and the split goes on with the next. Its record keeps waiting in its batch: a local batch is
     * checked again ({@link CompulsaBatches#toResume}); a DERFE answer file may be dropped again.
     *
     * @return what became of the answer; empty when applying it failed (reported)
     */
    public Optional<Outcome> apply(CompulsaAnswer answer) {
        try {
            return Optional.of(ownTransaction.execute(status -> settle(answer)));
        } catch (RuntimeException e) {
            log.error("Compulsa, {}: la respuesta para el registro {} no se pudo aplicar", answer.source(),
                    answer.recordRef(), e);
            problems.report(answer.source(), answer.lineNumber(), answer.recordRef(),
                    CompulsaRejection.ERROR_AL_APLICAR.problem(answer.status().label(), answer.recordRef(),
                            String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage())));
            return Optional.empty();
        }
    }

    private Outcome settle(CompulsaAnswer answer) {
        Optional<RecordId> recordId = recordId(answer.recordRef());
        Outcome outcome = recordId.map(id -> applying.apply(id, answer.status())).orElse(Outcome.REGISTRO_DESCONOCIDO);
        String ref = answer.recordRef();
        switch (outcome) {
            case APLICADA -> batches.answered(recordId.get());
            case REPETIDA -> { } // a re-sent answer: already applied, nothing to say
            case CONTRADICTORIA -> problems.report(answer.source(), answer.lineNumber(), ref,
                    CompulsaRejection.CONTRADICTORIA.problem(ref, answer.status().label()));
            case REGISTRO_DESCONOCIDO -> problems.report(answer.source(), answer.lineNumber(), ref,
                    CompulsaRejection.REGISTRO_DESCONOCIDO.problem(ref));
            case NO_ESPERADA -> problems.report(answer.source(), answer.lineNumber(), ref,
                    CompulsaRejection.NO_ESPERADA.problem(ref));
        }
        return outcome;
    }

    private static Optional<RecordId> recordId(String ref) {
        try {
            return Optional.of(RecordId.of(ref.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
