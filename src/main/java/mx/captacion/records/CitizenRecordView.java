package mx.captacion.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules read of a citizen record (the hearing, Mi Apoyo's look-up): a copy taken
 * inside the records module, so the entity and its repository stay its own.
 *
 * @param judged          judged by the control desk, the screening rules or the compulsa (what a hearing is about)
 * @param judgementReason why it was judged, as the actor reads it in its hearing
 * @param imageHashes     the blob store's hash of each image the record has
 */
public record CitizenRecordView(RecordId id, Long processId, Long actorId, String fullName, String claveElector,
                                LocalDate fechaNacimiento, RecordStatus status, boolean judged, String judgementReason,
                                InconsistencyType inconsistencyType, Optional<ReceiptCode> receiptCode,
                                Instant receivedAt, Map<ImageKind, String> imageHashes) {

    public CitizenRecordView {
        imageHashes = Map.copyOf(imageHashes);
    }
}
