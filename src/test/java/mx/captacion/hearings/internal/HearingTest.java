package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import mx.captacion.platform.Cutoffs;

class HearingTest {

    @Test
    void theOpeningDayCountsAndTheWindowEndsAtTheEndOfItsLastDayInMexicoCity() {
        // 01/12/2026 22:30 in Mexico City is already 02/12 in UTC: the day is Mexico City's
        Instant opened = Instant.parse("2026-12-02T04:30:00Z");

        Hearing hearing = new Hearing(1L, opened, "analista", 10);

        assertThat(Cutoffs.toText(hearing.getDeadline())).isEqualTo("10/12/2026 23:59 hrs.");
        assertThat(hearing.getDeadline()).isEqualTo(Instant.parse("2026-12-11T05:59:59Z"));
        assertThat(hearing.isOpenAt(hearing.getDeadline())).isTrue();
        assertThat(hearing.isOpenAt(hearing.getDeadline().plusSeconds(1))).isFalse();
    }

    @Test
    void aWindowHasAtLeastOneDay() {
        assertThatThrownBy(() -> new Hearing(1L, Instant.now(), "analista", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
