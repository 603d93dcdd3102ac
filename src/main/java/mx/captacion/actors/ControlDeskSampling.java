package mx.captacion.actors;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.internal.SampleDraw;

/**
 * Sampling at the control desk, per capture process: whether a record the screening rules pass
 * without a warning goes to a reviewer, and the sample's error count that may switch the process to
 * full review for good (more than {@code errorThreshold} percent of at least {@code minSampledReviews}
 * sampled reviews ended inconsistent).
 */
@Service
public class ControlDeskSampling {

    /** What the control desk does with one record the rules pass without a warning. */
    public enum Draw {
        /** The process reviews every record. */
        REVISION_COMPLETA,
        /** In the sample: a reviewer sees it, and the decision counts for the sample's error rate. */
        EN_MUESTRA,
        /** Not in the sample: straight to the compulsa. */
        FUERA_DE_MUESTRA;

        public boolean reviewed() {
            return this != FUERA_DE_MUESTRA;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ControlDeskSampling.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ControlDeskSampling(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads the process's current mode, not a cached entity: another node may have switched it a moment ago. */
    @Transactional(readOnly = true)
    public Draw draw(Long processId, UUID recordId) {
        return jdbc.query("select review_mode, sample_rate from captacion.capture_process where id = ?", rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("No existe el proceso de captación " + processId);
            }
            if (ReviewMode.valueOf(rs.getString("review_mode")) == ReviewMode.COMPLETA) {
                return Draw.REVISION_COMPLETA;
            }
            return SampleDraw.drawn(recordId, rs.getBigDecimal("sample_rate")) ? Draw.EN_MUESTRA : Draw.FUERA_DE_MUESTRA;
        }, processId);
    }

    /**
     * Counts one sampled review and switches the process to full review when the rule says so. Each
     * step is one UPDATE on the process's row: the first locks it until the caller's transaction
     * ends, so concurrent reviews queue and none is lost, and only one of them can make the switch.
     */
    @Transactional
    public void countSampledReview(Long processId, boolean inconsistent) {
        jdbc.update("""
                update captacion.capture_process
                   set sampled_reviews = sampled_reviews + 1,
                       sampled_errors = sampled_errors + ?
                 where id = ?""", inconsistent ? 1 : 0, processId);
        int switched = jdbc.update("""
                update captacion.capture_process
                   set review_mode = 'COMPLETA', full_review_since = ?
                 where id = ? and review_mode = 'MUESTREO'
                   and sampled_reviews >= min_sampled_reviews
                   and sampled_errors * 100 > error_threshold * sampled_reviews""",
                Timestamp.from(clock.instant()), processId);
        if (switched == 1) {
            jdbc.query("select code, sampled_reviews, sampled_errors, error_threshold from captacion.capture_process where id = ?",
                    rs -> {
                        log.warn("El proceso {} pasa a revisión completa: {} de {} registros de la muestra con "
                                        + "inconsistencia, más del {} % permitido", rs.getString("code"),
                                rs.getLong("sampled_errors"), rs.getLong("sampled_reviews"),
                                rs.getBigDecimal("error_threshold"));
                    }, processId);
        }
    }
}
