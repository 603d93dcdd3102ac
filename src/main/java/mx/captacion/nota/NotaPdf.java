package mx.captacion.nota;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

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

    private final ITemplateEngine templates;

    NotaPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(NotaInformativa nota) {
        Context context = new Context(PreparingNota.SPANISH);
        context.setVariable("nota", nota);
        String html = templates.process("nota/pdf", context);
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

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
