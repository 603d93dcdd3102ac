package mx.captacion.actors.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Whether a record falls in a process's control-desk sample. Drawn from the record id, not from a
 * random source: the same record always gets the same answer, so a job that runs twice cannot
 * change its path, and a test (or an auditor) can tell in advance which records are in the sample.
 * Record ids are random, and SHA-256 spreads them evenly over the 10,000 slots of 0.01 %.
 */
public final class SampleDraw {

    /** Slots of 0.01 %: the finest rate a process can set. */
    static final int SLOTS = 10_000;

    private SampleDraw() {
    }

    /** {@code ratePercent} between 0 and 100, e.g. 20 for one record in five. */
    public static boolean drawn(UUID recordId, BigDecimal ratePercent) {
        return slot(recordId) < ratePercent.movePointRight(2).intValue();
    }

    /** The record's slot, 0 to 9,999. */
    static int slot(UUID recordId) {
        ByteBuffer id = ByteBuffer.allocate(16)
                .putLong(recordId.getMostSignificantBits()).putLong(recordId.getLeastSignificantBits());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.array());
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), SLOTS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
