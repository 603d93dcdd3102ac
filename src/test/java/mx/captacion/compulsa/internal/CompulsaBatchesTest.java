package mx.captacion.compulsa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The configured waits as INE staff read them on /compulsa and in the log. */
class CompulsaBatchesTest {

    @Test
    void aWaitIsSaidInDaysHoursAndMinutes() {
        assertThat(CompulsaBatches.inWords(Duration.parse("P2D"))).isEqualTo("2 días");
        assertThat(CompulsaBatches.inWords(Duration.parse("P1DT12H"))).isEqualTo("1 día 12 horas");
        assertThat(CompulsaBatches.inWords(Duration.parse("PT1H1M"))).isEqualTo("1 hora 1 minuto");
        assertThat(CompulsaBatches.inWords(Duration.ofSeconds(45))).isEqualTo("45 segundos");
    }
}
