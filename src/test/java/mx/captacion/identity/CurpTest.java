package mx.captacion.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CurpTest {

    // Dictionary values: digits 0-9, A=10 … N=23, Ñ=24, O=25 … Z=36; weights 18 down to 2.

    @Test
    void checkDigitFollowsTheOfficialAlgorithm() {
        // P26*18 + E14*17 + L21*16 + J19*15 + 9*14 + 0*13 + 0*12 + 5*11 + 1*10 + 5*9 + H17*8 + D13*7 + F15*6
        // + R28*5 + P26*4 + N23*3 + 0*2
        // = 468+238+336+285+126+0+0+55+10+45+136+91+90+140+104+69+0 = 2193 → (10 - 3) % 10 = 7
        assertThat(Curp.checkDigit("PELJ900515HDFRPN0")).isEqualTo('7');
    }

    @Test
    void checkDigitIsZeroWhenTheSumIsAMultipleOfTen() {
        // G16*18 + O25*17 + R28*16 + F15*15 + 8*14 + 5*13 + 0*12 + 3*11 + 0*10 + 1*9 + M22*8 + J19*7 + C12*6
        // + M22*5 + Z36*4 + R28*3 + 3*2
        // = 288+425+448+225+112+65+0+33+0+9+176+133+72+110+144+84+6 = 2330 → (10 - 0) % 10 = 0
        assertThat(Curp.checkDigit("GORF850301MJCMZR3")).isEqualTo('0');
    }

    @Test
    void checkDigitCountsALetterDifferentiator() {
        // N23*18 + U31*17 + P26*16 + I18*15 + 0*14 + 3*13 + 0*12 + 7*11 + 1*10 + 2*9 + H17*8 + N23*7 + L21*6
        // + X34*5 + X34*4 + X34*3 + A10*2
        // = 414+527+416+270+0+39+0+77+10+18+136+161+126+170+136+102+20 = 2622 → (10 - 2) % 10 = 8
        assertThat(Curp.checkDigit("NUPI030712HNLXXXA")).isEqualTo('8');
    }

    @Test
    void checkDigitRejectsWrongLengthOrForeignCharacters() {
        assertThatThrownBy(() -> Curp.checkDigit("PELJ900515")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curp.checkDigit("PELJ900515HDFRPN-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasValidCheckDigitDetectsATypo() {
        assertThat(Curp.hasValidCheckDigit("PELJ900515HDFRPN07")).isTrue();
        assertThat(Curp.hasValidCheckDigit("PELJ900515HDFRPN08")).isFalse();
        assertThat(Curp.hasValidCheckDigit("PELJ900516HDFRPN07")).isFalse();
        assertThat(Curp.hasValidCheckDigit(null)).isFalse();
        assertThat(Curp.hasValidCheckDigit("pelj900515hdfrpn07")).isFalse();
    }

    @Test
    void buildComposesAllEighteenPositions() {
        String curp = Curp.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.H,
                Entidad.CIUDAD_DE_MEXICO, '0');

        assertThat(curp).isEqualTo("PELJ900515HDFRPN07");
        assertThat(Curp.isWellFormed(curp)).isTrue();
    }

    @Test
    void inconvenientWordGetsAnXInSecondPlace() {
        // P-U-T-A would spell an offensive word.
        assertThat(Curp.nameLetters("Ana", "Puente", "Torres")).isEqualTo("PXTA");
        assertThat(Curp.nameLetters("Ana", "Puente", "Morales")).isEqualTo("PUMA");
    }

    @Test
    void leadingParticlesOfCompoundNamesAreSkipped() {
        assertThat(Curp.nameLetters("Rosa", "de la Cruz", "del Valle")).isEqualTo("CUVR");
        assertThat(Curp.internalConsonants("Rosa", "de la Cruz", "del Valle")).isEqualTo("RLS");
        assertThat(Curp.nameLetters("Iker", "Mc Gregor", "Van Dijk")).isEqualTo("GEDI");
    }

    @Test
    void mariaAndJoseAreSkippedOnlyWhenAnotherGivenNameFollows() {
        assertThat(Curp.nameLetters("María Fernanda", "Gómez", "Ruiz")).isEqualTo("GORF");
        assertThat(Curp.internalConsonants("María Fernanda", "Gómez", "Ruiz")).isEqualTo("MZR");
        assertThat(Curp.nameLetters("Ma. Guadalupe", "Gómez", "Ruiz")).isEqualTo("GORG");
        assertThat(Curp.nameLetters("J. Jesús", "Gómez", "Ruiz")).isEqualTo("GORJ");
        assertThat(Curp.nameLetters("María del Carmen", "Gómez", "Ruiz")).isEqualTo("GORC");
        assertThat(Curp.nameLetters("José", "Gómez", "Ruiz")).isEqualTo("GORJ");
        assertThat(Curp.internalConsonants("José", "Gómez", "Ruiz")).isEqualTo("MZS");
    }

    @Test
    void enyeBecomesXAndAccentsAreDropped() {
        assertThat(Curp.nameLetters("Íñigo", "Nuñez", "Peña")).isEqualTo("NUPI");
        assertThat(Curp.internalConsonants("Íñigo", "Nuñez", "Peña")).isEqualTo("XXX");
        assertThat(Curp.nameLetters("Úrsula", "Ñeco", "Álvarez")).isEqualTo("XEAU");
    }

    @Test
    void missingMaternoAndMissingLettersBecomeX() {
        assertThat(Curp.nameLetters("Eva", "Rua", null)).isEqualTo("RUXE");
        assertThat(Curp.internalConsonants("Eva", "Rua", "")).isEqualTo("XXV");
    }

    @Test
    void birthFrom2000OnUsesALetterDifferentiator() {
        LocalDate birth = LocalDate.of(2003, 7, 12);
        String curp = Curp.build("Íñigo", "Nuñez", "Peña", birth, Sexo.H, Entidad.NUEVO_LEON, 'A');

        assertThat(curp).isEqualTo("NUPI030712HNLXXXA8");
        assertThatThrownBy(() -> Curp.build("Íñigo", "Nuñez", "Peña", birth, Sexo.H, Entidad.NUEVO_LEON, '5'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curp.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.H,
                Entidad.CIUDAD_DE_MEXICO, 'A')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentiatorDecidesTheCenturyForLeapDays() {
        // 29 February exists in 2000 (letter differentiator) but not in 1900 (digit differentiator).
        assertThat(Curp.isWellFormed("PELJ000229HDFRPNA1")).isTrue();
        assertThat(Curp.isWellFormed("PELJ000229HDFRPN01")).isFalse();
    }

    @Test
    void nonBinarySexAndForeignBirthAreWellFormed() {
        String curp = Curp.build("Alex", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.X,
                Entidad.NACIDO_EN_EL_EXTRANJERO, '4');

        assertThat(curp).startsWith("PELA900515XNE");
        assertThat(Curp.isWellFormed(curp)).isTrue();
        assertThat(Curp.hasValidCheckDigit(curp)).isTrue();
    }

    @Test
    void malformedCurpsAreRejected() {
        assertThat(Curp.isWellFormed(null)).isFalse();
        assertThat(Curp.isWellFormed("")).isFalse();
        assertThat(Curp.isWellFormed("PELJ900515HDFRPN0")).as("17 caracteres").isFalse();
        assertThat(Curp.isWellFormed("PELJ900515HDFRPN071")).as("19 caracteres").isFalse();
        assertThat(Curp.isWellFormed("pelj900515hdfrpn07")).as("minúsculas").isFalse();
        assertThat(Curp.isWellFormed("PELJ990230HDFRPN07")).as("30 de febrero").isFalse();
        assertThat(Curp.isWellFormed("PELJ901315HDFRPN07")).as("mes 13").isFalse();
        assertThat(Curp.isWellFormed("PELJ900515HZZRPN07")).as("entidad desconocida").isFalse();
        assertThat(Curp.isWellFormed("PELJ900515ZDFRPN07")).as("sexo Z").isFalse();
        assertThat(Curp.isWellFormed("PBLJ900515HDFRPN07")).as("sin vocal interna").isFalse();
    }
}
