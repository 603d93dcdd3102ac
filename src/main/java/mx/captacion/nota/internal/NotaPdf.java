package mx.captacion.nota.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The nota informativa as a PDF: the Thymeleaf page {@code nota/pdf} rendered by openhtmltopdf,
 * with DejaVu Sans Condensed embedded (subset) so accents and ñ come out on any reader.
 */
@Component
public class NotaPdf {

    static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final Logger log = LoggerFactory.getLogger(NotaPdf.class);

    private final ITemplateEngine templates;

    NotaPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(NotaInformativa nota) {
        Context context = new Context(PreparingNota.SPANISH);
        context.setVariable("nota", nota);
        return pdf(templates.process("nota/pdf", context));
    }

    /** An HTML page as a PDF, in the nota's fonts. */
    static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeLineBreaker(new SpaceLineBreaker());
            builder.useFont(() -> font("fonts/DejaVuSansCondensed.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSansCondensed-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Captación");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a saved nota gets, e.g. nota-F230617000000021-20230120-0007.pdf (cut-off in central Mexico time). */
    public static String fileName(NotaInformativa nota) {
        return "nota-" + nota.folio() + "-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(nota.cutoff().atZone(mx.captacion.actors.CaptureProcess.ZONE))
                + ".pdf";
    }

    /**
     * The font without its glyph substitutions: PDFBox applies a Latin font's ligatures ({@code GSUB}
     * table) as it writes text, so «Gráfica» and «afiliados» came out with the single glyph «ﬁ» and a
     * search of the PDF for «Gráfica» failed. The table's tag is renamed in the font's table
     * directory, so PDFBox does not find it; the glyphs themselves are untouched.
     */
    private static InputStream font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] font = in.readAllBytes();
            int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
            for (int entry = 12; entry < 12 + 16 * tables; entry += 16) {
                if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                    font[entry] = 'g';
                }
            }
            return new ByteArrayInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFBox builds its cache of the system's fonts the first time it looks for one (the first nota
     * took 1.6 s more): a small PDF rendered once the platform is up, away from any request, builds it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warming = new Thread(() -> {
            try {
                pdf("<html><body><p>Gráfica</p></body></html>");
            } catch (RuntimeException e) {
                log.warn("No se pudo preparar el caché de fuentes del PDF; la primera nota tardará más", e);
            }
        }, "nota-pdf-warm-up");
        warming.setDaemon(true);
        warming.start();
    }
}
