package mx.captacion.actors.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.ProcessKind;
import mx.captacion.actors.ReviewMode;

/**
 * A capture process as the API and the portal show it, with its control desk's review: the mode, the
 * sampling settings (null when it never sampled), how many sampled records were reviewed and found
 * inconsistent, their rate in percent, and since when it reviews every record after a sample failed.
 */
public record ProcessView(String code, String name, ProcessKind kind, String kindLabel, LocalDate periodStart,
                          LocalDate periodEnd, int requiredRecords, int requiredStates, ReviewMode reviewMode,
                          String reviewModeLabel, BigDecimal sampleRate, BigDecimal errorThreshold,
                          Integer minSampledReviews, long sampledReviews, long sampledErrors,
                          BigDecimal sampleErrorRate, Instant fullReviewSince) {

    static ProcessView of(CaptureProcess process) {
        return new ProcessView(process.getCode(), process.getName(), process.getKind(), process.getKind().label(),
                process.getPeriodStart(), process.getPeriodEnd(), process.getRequiredRecords(),
                process.getRequiredStates(), process.getReviewMode(), process.getReviewMode().label(),
                process.getSampleRate(), process.getErrorThreshold(), process.getMinSampledReviews(),
                process.getSampledReviews(), process.getSampledErrors(),
                errorRate(process.getSampledErrors(), process.getSampledReviews()), process.getFullReviewSince());
    }

    /** Null before the first sampled review. */
    private static BigDecimal errorRate(long errors, long reviews) {
        return reviews == 0 ? null
                : BigDecimal.valueOf(errors * 100).divide(BigDecimal.valueOf(reviews), 2, RoundingMode.HALF_UP);
    }

    /** Whether the process sampled at some point (and so has settings and counts to show). */
    public boolean sampling() {
        return sampleRate != null;
    }
}
