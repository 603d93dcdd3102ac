package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuxiliarIdTest {

    @Test
    void anIdIsItsTextWhereverItIsWritten() {
        AuxiliarId id = new AuxiliarId("AUX-0001000");
        assertThat(id.value()).isEqualTo("AUX-0001000");
        assertThat(id).hasToString("AUX-0001000");
        assertThat("/organizacion/auxiliares/" + id).isEqualTo("/organizacion/auxiliares/AUX-0001000");
    }

    @Test
    void textThatCannotBeAnIdIsRefused() {
        for (String text : new String[] {null, "", " AUX-0001000", "AUX 0001000", "AUX-0001000'", "A".repeat(21)}) {
            assertThatThrownBy(() -> new AuxiliarId(text)).isInstanceOf(IllegalArgumentException.class);
            assertThat(AuxiliarId.isValid(text)).isFalse();
        }
    }

    @Test
    void typedTextIsAnIdWithoutItsBlanksOrNone() {
        assertThat(AuxiliarId.parse("  AUX-0001000\t")).contains(new AuxiliarId("AUX-0001000"));
        assertThat(AuxiliarId.parse(null)).isEmpty();
        assertThat(AuxiliarId.parse("   ")).isEmpty();
        assertThat(AuxiliarId.parse("AUX-0001000; drop")).isEmpty();
        assertThat(AuxiliarId.parse("AUX-" + "0".repeat(17))).isEmpty();
    }
}
