package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.actors.ControlDeskSampling;
import mx.captacion.actors.internal.SampleDraw;
import mx.captacion.records.internal.SamplingRecord;

/**
 * Sampling at the control desk on PostgreSQL: a process that samples half of its records sends the
 * drawn ones to a reviewer and the others straight to the compulsa; once enough sampled reviews
 * found too many inconsistencies, it reviews every record.
 */
class ControlDeskSamplingIT extends IntegrationTestBase {

    private static final BigDecimal RATE = new BigDecimal("50");
    private static final int MIN_REVIEWS = 3;

    @Autowired
    RuntimeService runtime;
    @Autowired
    ControlDeskSampling sampling;

    private Fixture fixture;
    private Long processId;

    @BeforeEach
    void setUp() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        processId = processes.findByCode(fixture.processCode()).orElseThrow().getId();
        // as INE staff would have created it: half the records, more than 10 % errors after 3 reviews
        jdbc.update("""
                update captacion.capture_process
                   set review_mode = 'MUESTREO', sample_rate = ?, error_threshold = 10, min_sampled_reviews = ?
                 where id = ?""", RATE, MIN_REVIEWS, processId);
    }

    /** The history every report reads follows each status these scenarios changed. */
    @AfterEach
    void everyStatusHasItsHistory() {
        assertEveryStatusHasItsHistory();
    }

    @Test
    void onlyDrawnRecordsGoToTheDeskUntilTheSampleFailsThenEveryRecordDoes() {
        List<UUID> drawn = new ArrayList<>();
        List<UUID> notDrawn = new ArrayList<>();
        for (int i = 0; i < 40 && (drawn.size() < MIN_REVIEWS || notDrawn.isEmpty()); i++) {
            UUID recordId = accepted(submission(fixture));
            (SampleDraw.drawn(recordId, RATE) ? drawn : notDrawn).add(recordId);
        }
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(MIN_REVIEWS);
        assertThat(notDrawn).isNotEmpty();

        for (UUID recordId : drawn) {
            assertThat(settled(recordId)).as("drawn %s", recordId).isEqualTo("EN_MESA_DE_CONTROL");
        }
        for (UUID recordId : notDrawn) {
            assertThat(settled(recordId)).as("not drawn %s", recordId).isEqualTo("PARA_COMPULSA");
            assertThat(history(recordId)).containsExactly("EN_PROCESAMIENTO", "PARA_COMPULSA");
            Map<String, Object> row = jdbc.queryForMap(
                    "select reviewed_by, reviewed_at, findings from captacion.citizen_record where id = ?", recordId);
            assertThat(row.get("reviewed_by")).isNull();
            assertThat(row.get("reviewed_at")).as("the compulsa sends records in this order").isNotNull();
            assertThat((String) row.get("findings")).endsWith(SamplingRecord.UNSAMPLED_NOTE);
            assertThat(waitingForCompulsa(recordId)).isTrue();
        }

        // all but the last sampled review find an inconsistency: 100 % errors, but too few reviews to judge
        for (int i = 0; i < MIN_REVIEWS - 1; i++) {
            assertThat(review(drawn.get(i), "FOTO_NO_VALIDA", null).statusCode()).isEqualTo(204);
        }
        JsonNode beforeSwitch = process();
        assertThat(beforeSwitch.get("reviewMode").asText()).isEqualTo("MUESTREO");
        assertThat(beforeSwitch.get("sampledReviews").asLong()).isEqualTo(MIN_REVIEWS - 1);
        assertThat(beforeSwitch.get("sampledErrors").asLong()).isEqualTo(MIN_REVIEWS - 1);

        assertThat(review(drawn.get(MIN_REVIEWS - 1), "VALIDO", null).statusCode()).isEqualTo(204);

        JsonNode afterSwitch = process();
        assertThat(afterSwitch.get("reviewMode").asText()).isEqualTo("COMPLETA");
        assertThat(afterSwitch.get("sampledReviews").asLong()).isEqualTo(MIN_REVIEWS);
        assertThat(afterSwitch.get("sampledErrors").asLong()).isEqualTo(MIN_REVIEWS - 1);
        assertThat(afterSwitch.get("sampleErrorRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(Instant.parse(afterSwitch.get("fullReviewSince").asText()))
                .isBetween(clock.instant().minus(Duration.ofMinutes(2)), clock.instant());
        assertThat(get("/procesos/" + fixture.processCode(), ANALYST).body())
                .contains("Revisión completa", "Muestra del 50 %: 3 revisados, 2 con inconsistencia (66.67 %); umbral 10 % tras 3 revisiones",
                        "En revisión completa desde el");
        assertThat(statusOf(drawn.get(MIN_REVIEWS - 1))).isEqualTo("PARA_COMPULSA");

        // from now on every record is reviewed, also those the sample would have left out
        List<UUID> after = new ArrayList<>();
        for (int i = 0; i < 20 && after.stream().allMatch(id -> SampleDraw.drawn(id, RATE)); i++) {
            after.add(accepted(submission(fixture)));
        }
        assertThat(after).anyMatch(id -> !SampleDraw.drawn(id, RATE));
        for (UUID recordId : after) {
            assertThat(settled(recordId)).as("after the switch %s", recordId).isEqualTo("EN_MESA_DE_CONTROL");
        }
        UUID last = after.get(after.size() - 1);
        assertThat(review(last, "FOTO_NO_VALIDA", null).statusCode()).isEqualTo(204);
        assertThat(process().get("sampledReviews").asLong()).as("full review counts for no sample").isEqualTo(MIN_REVIEWS);
    }

    @Test
    void reviewersFinishingAtOnceLoseNoCount() throws Exception {
        jdbc.update("update captacion.capture_process set min_sampled_reviews = 1000000 where id = ?", processId);
        ExecutorService reviewers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean inconsistent = i % 4 == 0;
                done.add(reviewers.submit(() -> sampling.countSampledReview(processId, inconsistent)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            reviewers.shutdown();
        }

        Map<String, Object> counts = jdbc.queryForMap(
                "select sampled_reviews, sampled_errors, review_mode from captacion.capture_process where id = ?", processId);
        assertThat(counts).containsEntry("sampled_reviews", 200L).containsEntry("sampled_errors", 50L)
                .containsEntry("review_mode", "MUESTREO");
    }

    @Test
    void manyReviewsAtOncePastTheThresholdSwitchTheProcessOnce() throws Exception {
        ExecutorService reviewers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(reviewers.submit(() -> sampling.countSampledReview(processId, true)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            reviewers.shutdown();
        }

        Map<String, Object> process = jdbc.queryForMap(
                "select sampled_reviews, review_mode, full_review_since from captacion.capture_process where id = ?",
                processId);
        assertThat(process).containsEntry("sampled_reviews", 40L).containsEntry("review_mode", "COMPLETA");
        assertThat(process.get("full_review_since")).isNotNull();
    }

    private JsonNode process() {
        return body(get("/api/v1/processes/" + fixture.processCode(), ANALYST));
    }

    /** Waits until the record's automated processing and draw are done. */
    private String settled(UUID recordId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status = statusOf(recordId);
        while ("EN_PROCESAMIENTO".equals(status) && Instant.now().isBefore(deadline)) {
            sleep(100);
            status = statusOf(recordId);
        }
        return status;
    }

    private List<String> history(UUID recordId) {
        return jdbc.queryForList("select status from captacion.record_status_history where record_id = ? order by valid_from",
                String.class, recordId);
    }

    private boolean waitingForCompulsa(UUID recordId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(recordId.toString())
                .messageEventSubscriptionName(CitizenRecordProcess.MSG_COMPULSA_RESULT).count() == 1;
    }
}
