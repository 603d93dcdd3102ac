package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

    @Test
    void aRandomCodeIsPrintedGroupedWithoutLookAlikes() {
        ReceiptCode code = ReceiptCode.random();

        assertThat(code.toString()).matches("MA-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}");
        assertThat(code.toString()).doesNotContain("0", "O", "1", "I", "L", "U", "V");
    }

    @Test
    void carriesAtLeastFiftyBitsOfChance() {
        assertThat(ReceiptCode.LENGTH * Math.log(ReceiptCode.ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(50);
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(ReceiptCode.random().value());
        }
        assertThat(drawn).hasSize(10_000);
    }

    @Test
    void readsWhatAPersonTypesForgivingCaseSpacesHyphensAndThePrefix() {
        ReceiptCode code = ReceiptCode.random();
        String printed = code.toString();

        assertThat(ReceiptCode.parse(printed)).contains(code);
        assertThat(ReceiptCode.parse(" " + printed.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(ReceiptCode.parse(code.value())).contains(code);
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(ReceiptCode.parse(null)).isEmpty();
        assertThat(ReceiptCode.parse("")).isEmpty();
        assertThat(ReceiptCode.parse("MA-0000-1111-OOOO")).isEmpty();
        assertThat(ReceiptCode.parse("MA-7KQ4-X9PT")).isEmpty();
    }
}
