package mx.captacion.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaveElectorTest {

    @Test
    void lettersAreTheFirstTwoConsonantsOfEachName() {
        assertThat(ClaveElector.letters("Juan", "Pérez", "López")).isEqualTo("PRLPJN");
    }

    @Test
    void buildAppendsDateStateSexAndHomoclave() {
        String clave = ClaveElector.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15),
                Entidad.GUANAJUATO, Sexo.H, 7);

        assertThat(clave).isEqualTo("PRLPJN90051511H007");
        assertThat(ClaveElector.isWellFormed(clave)).isTrue();
    }

    @Test
    void namesWithFewerThanTwoConsonantsArePaddedWithX() {
        assertThat(ClaveElector.letters("Eva", "Rúa", null)).isEqualTo("RXXXVX");
        assertThat(ClaveElector.letters("Ia", "Oe", "")).isEqualTo("XXXXXX");
    }

    @Test
    void enyeCountsAsAConsonantWrittenAsX() {
        assertThat(ClaveElector.letters("Íñigo", "Peña", "Muñoz")).isEqualTo("PXMXXG");
    }

    @Test
    void particlesAndCommonFirstGivenNamesAreSkipped() {
        assertThat(ClaveElector.letters("María Fernanda", "de la Cruz", "del Valle")).isEqualTo("CRVLFR");
    }

    @Test
    void homoclaveMustHaveThreeDigits() {
        assertThatThrownBy(() -> ClaveElector.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15),
                Entidad.GUANAJUATO, Sexo.H, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leapDayOf2000IsAccepted() {
        assertThat(ClaveElector.isWellFormed("PRLPJN00022911H007")).isTrue();
    }

    @Test
    void foreignBirthNumberIsAccepted() {
        assertThat(ClaveElector.isWellFormed("PRLPJN90051587H007")).isTrue();
    }

    @Test
    void malformedClavesAreRejected() {
        assertThat(ClaveElector.isWellFormed(null)).isFalse();
        assertThat(ClaveElector.isWellFormed("")).isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN90051511H00")).as("17 caracteres").isFalse();
        assertThat(ClaveElector.isWellFormed("prlpjn90051511h007")).as("minúsculas").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN99023011H007")).as("30 de febrero").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN90000011H007")).as("mes 00").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN90051540H007")).as("entidad 40").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN90051500H007")).as("entidad 00").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJN90051511Z007")).as("sexo Z").isFalse();
        assertThat(ClaveElector.isWellFormed("PRLPJ190051511H007")).as("dígito entre las letras").isFalse();
    }
}
