package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Every process kind and review mode has the name people read in the bundle, accents intact. */
class ActorLabelsTest {

    @Test
    void everyKindAndReviewModeHasItsName() {
        assertThat(Arrays.stream(ProcessKind.values()).map(ProcessKind::label)).doesNotContainNull()
                .contains("Afiliación a Agrupación Política Nacional — Resto del País");
        assertThat(Arrays.stream(ReviewMode.values()).map(ReviewMode::label))
                .containsExactly("Muestreo", "Revisión completa");
    }
}
