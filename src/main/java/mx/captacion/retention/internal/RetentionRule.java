package mx.captacion.retention.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import mx.captacion.actors.CaptureProcess;

/**
 * When a process's personal data may go: its retention period counted from the later of the end
 * of its capture period (the last day over, in central Mexico time) and its last hearing decision
 * (a contested record may still be looked at until it is decided).
 */
record RetentionRule(Period period) {

    private static final ZoneId ZONE = CaptureProcess.ZONE;

    /** From when the retention period counts. */
    static Instant countsFrom(LocalDate periodEnd, Instant lastHearingDecision) {
        Instant periodOver = periodEnd.plusDays(1).atStartOfDay(ZONE).toInstant();
        return lastHearingDecision != null && lastHearingDecision.isAfter(periodOver) ? lastHearingDecision : periodOver;
    }

    /** The instant from which the process's personal data are purged. */
    Instant dueAt(LocalDate periodEnd, Instant lastHearingDecision) {
        return countsFrom(periodEnd, lastHearingDecision).atZone(ZONE).plus(period).toInstant();
    }
}
