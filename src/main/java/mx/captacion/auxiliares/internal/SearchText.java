package mx.captacion.auxiliares;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the portal's search compares it: lower case, without accents ("María" matches "maria"). */
final class SearchText {

    private SearchText() {
    }

    static String of(String... parts) {
        String joined = String.join(" ", parts);
        return Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
