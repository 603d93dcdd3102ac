package mx.captacion.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name normalisation shared by the CURP and clave de elector rules, and name comparisons. */
public final class Names {

    private static final Set<String> PARTICLES = Set.of(
            "DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE", "LES",
            "MAC", "MC", "VAN", "VON", "Y");

    // "MA." and "J." lose their dot during normalisation, so the bare forms cover them.
    private static final Set<String> COMMON_FIRST_GIVEN_NAMES = Set.of("MARIA", "MA", "JOSE", "J");

    private Names() {
    }

    /** Upper case A-Z and single spaces only; Ñ becomes X because the CURP alphabet never shows Ñ. */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        // NFC first so that a decomposed "n + tilde" is recognised as Ñ before accents are stripped.
        String upper = Normalizer.normalize(raw, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replace('Ñ', 'X');
        return Normalizer.normalize(upper, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[^A-Z ]", "")
                .trim()
                .replaceAll(" +", " ");
    }

    /** Whether two spellings name the same person: case, accents, punctuation and spacing aside. */
    public static boolean sameName(String a, String b) {
        return !normalize(a).isEmpty() && normalize(a).equals(normalize(b));
    }

    /** The word of a surname that the identity rules look at. */
    static String surname(String raw) {
        return significantWord(raw, false);
    }

    /** The word of a given name that the identity rules look at. */
    static String givenName(String raw) {
        return significantWord(raw, true);
    }

    static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }

    private static String significantWord(String raw, boolean givenName) {
        List<String> words = Arrays.asList(normalize(raw).split(" "));
        int first = 0;
        while (first < words.size() - 1 && isSkippable(words.get(first), givenName)) {
            first++;
        }
        return words.get(first);
    }

    private static boolean isSkippable(String word, boolean givenName) {
        return PARTICLES.contains(word) || givenName && COMMON_FIRST_GIVEN_NAMES.contains(word);
    }
}
