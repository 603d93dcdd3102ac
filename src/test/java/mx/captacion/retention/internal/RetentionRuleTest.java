package mx.captacion.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** From when a process's retention counts, and the stand-ins that replace its claves. */
class RetentionRuleTest {

    private final RetentionRule oneYear = new RetentionRule(Period.ofYears(1));

    @Test
    void retentionCountsFromTheEndOfThePeriodsLastDayInCentralMexico() {
        // 31/01/2027 ends at 01/02/2027 00:00 in central Mexico (UTC-6)
        assertThat(oneYear.dueAt(LocalDate.of(2027, 1, 31), null)).isEqualTo(Instant.parse("2028-02-01T06:00:00Z"));
    }

    @Test
    void aLaterHearingDecisionMovesTheStartAnEarlierOneDoesNot() {
        Instant decided = Instant.parse("2027-03-15T17:30:00Z");
        assertThat(oneYear.dueAt(LocalDate.of(2027, 1, 31), decided)).isEqualTo(Instant.parse("2028-03-15T17:30:00Z"));
        assertThat(oneYear.dueAt(LocalDate.of(2027, 1, 31), Instant.parse("2027-01-20T12:00:00Z")))
                .isEqualTo(Instant.parse("2028-02-01T06:00:00Z"));
        assertThat(new RetentionRule(Period.ofMonths(18)).dueAt(LocalDate.of(2027, 1, 31), decided))
                .isEqualTo(Instant.parse("2028-09-15T17:30:00Z"));
    }

    @Test
    void aClaveGetsOneStandInPerRunNeverAWellFormedClaveAndAnotherInTheNextRun() {
        StandIns run = StandIns.drawn();
        String clave = "GOMLPZ80010109H100";
        String standIn = run.of(clave);
        assertThat(standIn).matches("[0-9a-f]{18}").isEqualTo(run.of(clave)).isNotEqualTo(run.of("GOMLPZ80010109H101"));
        assertThat(run.of(standIn)).isEqualTo(standIn);
        assertThat(StandIns.drawn().of(clave)).isNotEqualTo(standIn);
    }
}
