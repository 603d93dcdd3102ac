package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FolioTest {

    @Test
    void anIssuedFolioIsTheDayAndTheNumberInNineDigits() {
        assertThat(Folio.issue(LocalDate.of(2023, 6, 17), 21)).isEqualTo(new Folio("F230617000000021"));
        assertThat(Folio.issue(LocalDate.of(2026, 11, 29), 999_999_999L).value()).isEqualTo("F261129999999999");
    }

    @Test
    void aNumberBeyondNineDigitsIsRefused() {
        assertThatThrownBy(() -> Folio.issue(LocalDate.of(2026, 11, 29), 1_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Folio.issue(LocalDate.of(2026, 11, 29), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
