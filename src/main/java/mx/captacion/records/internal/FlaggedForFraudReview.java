package mx.captacion.records.internal;

import java.util.UUID;

/**
 * The screening found a record waiting at the control desk to share its picture with a later one:
 * its open task must show the flag. Published by {@link ScreeningRecord} and handled, in the same
 * transaction, by the control desk's Camunda adapter ({@link ControlDeskTaskListener}), so the use
 * case knows nothing of tasks.
 */
public record FlaggedForFraudReview(UUID recordId) {
}
