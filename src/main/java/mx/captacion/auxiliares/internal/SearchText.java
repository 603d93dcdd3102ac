package mx.captacion.auxiliares.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the portal's search compares it: lower case, without accents ("María" matches "maria"). */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String... parts) {
        String joined = String.join(" ", parts);
        return Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
