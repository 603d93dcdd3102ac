package mx.captacion.nota.internal;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Lines of the PDF break at spaces (and after the underscores of a refusal code) only: the
 * default Unicode breaker splits "20/01/2023" after a slash and "00:07" after the colon, which
 * the INE's notes never do. Boundaries as {@link java.text.BreakIterator#next()} answers them.
 */
final class SpaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    @Override
    public int next() {
        if (position >= text.length()) {
            return -1;
        }
        int i = position;
        while (i < text.length() && !breaksAfter(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && breaksAfter(text.charAt(i))) {
            i++;
        }
        position = i;
        return i;
    }

    private static boolean breaksAfter(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '_';
    }
}
