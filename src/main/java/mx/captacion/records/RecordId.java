package mx.captacion.records;

import java.util.Objects;
import java.util.UUID;

/**
 * A citizen record's id: the UUID the app gets in its receipt and asks the status with, the business
 * key of the record's processes, and what the garantía de audiencia and Mi Apoyo name a record by. Not
 * the app's {@code submissionId} (the sender's key for a resend), nor the citizen's {@link ReceiptCode}.
 */
public record RecordId(UUID value) {

    public RecordId {
        Objects.requireNonNull(value, "record id");
    }

    /** The id as the process variables and paths carry it. */
    public static RecordId of(String text) {
        return new RecordId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
