package mx.captacion.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SampleDrawTest {

    /** Random but repeatable record ids: version-4 UUIDs from a seeded source. */
    private static UUID[] recordIds(int count) {
        Random random = new Random(42);
        return IntStream.range(0, count)
                .mapToObj(i -> new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L))
                .toArray(UUID[]::new);
    }

    @Test
    void theSameRecordAlwaysGetsTheSameDraw() {
        for (UUID id : recordIds(1_000)) {
            assertThat(SampleDraw.drawn(id, new BigDecimal("20"))).isEqualTo(SampleDraw.drawn(id, new BigDecimal("20")));
            assertThat(SampleDraw.slot(id)).isBetween(0, SampleDraw.SLOTS - 1);
        }
    }

    @Test
    void aboutTheRateIsDrawn() {
        UUID[] ids = recordIds(100_000);

        long twentyPercent = IntStream.range(0, ids.length).filter(i -> SampleDraw.drawn(ids[i], new BigDecimal("20"))).count();
        long halfAPercent = IntStream.range(0, ids.length).filter(i -> SampleDraw.drawn(ids[i], new BigDecimal("0.5"))).count();

        // binomial: 20,000 ± 126 and 500 ± 22 (one standard deviation); four of them as the margin
        assertThat(twentyPercent).isBetween(19_500L, 20_500L);
        assertThat(halfAPercent).isBetween(410L, 590L);
    }

    @Test
    void aRecordInASmallerSampleIsInEveryLargerOne() {
        for (UUID id : recordIds(1_000)) {
            if (SampleDraw.drawn(id, new BigDecimal("5"))) {
                assertThat(SampleDraw.drawn(id, new BigDecimal("30"))).isTrue();
            }
        }
    }

    @Test
    void oneHundredPercentDrawsEveryRecord() {
        for (UUID id : recordIds(1_000)) {
            assertThat(SampleDraw.drawn(id, new BigDecimal("100"))).isTrue();
            assertThat(SampleDraw.drawn(id, new BigDecimal("100.00"))).isTrue();
        }
    }
}
