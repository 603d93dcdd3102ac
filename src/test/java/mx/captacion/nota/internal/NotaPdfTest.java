package mx.captacion.nota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** How the nota's PDF writes text and tables, read back from the PDF itself. */
class NotaPdfTest {

    @Test
    void wordsAreWrittenLetterByLetterWithoutLigatures() throws IOException {
        byte[] pdf = NotaPdf.pdf(page("<p>Gráfica de registros afiliados, oficio y flujo</p>"));

        // the characters as the PDF maps them, before PDFBox's own extraction folds ligatures back
        StringBuilder raw = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> raw.append(position.getUnicode()));
                }
            };
            stripper.getText(document);
        }
        assertThat(raw.toString()).contains("Gráfica", "afiliados", "oficio", "flujo")
                .doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    @Test
    void aTableBrokenAcrossPagesShowsItsTotalOnceAtTheEnd() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            rows.append("<tr><td>").append(i).append("</td><td class=\"num\">1</td></tr>");
        }
        byte[] pdf = NotaPdf.pdf(page("""
                <table class="report"><thead><tr><th>Cons.</th><th>Registros</th></tr></thead>
                <tbody>%s</tbody><tfoot><tr><th>Total</th><td class="num">150</td></tr></tfoot></table>"""
                .formatted(rows)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("la tabla ocupa varias páginas").isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(Pattern.compile("Total 150").matcher(text).results().count()).isOne();
            assertThat(text.lastIndexOf("Total 150")).isGreaterThan(text.indexOf("150 1"));
        }
    }

    /** A page with the nota's own style sheet (templates/nota/pdf.html). */
    private static String page(String body) throws IOException {
        String template = Files.readString(Path.of("src/main/resources/templates/nota/pdf.html"));
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(template);
        assertThat(style.find()).isTrue();
        return "<html><head><style>" + style.group(1) + "</style></head><body>" + body + "</body></html>";
    }
}
