package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundle ({@code messages.properties}, Spanish: the platform speaks only Spanish, so
 * one bundle serves every locale): a key given twice silently keeps the last text (a column header
 * once became a notice that way), and a key a template names but the bundle lacks shows as
 * {@code ??key_es_MX??} on the page.
 */
class MessagesTest {

    /** {@code #{key}} or {@code #{key(args)}} with a literal key; keys built from expressions are not checked. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[(}]");

    private static List<String> keys() throws IOException {
        return Files.readAllLines(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).trim())
                .toList();
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        assertThat(keys()).doesNotHaveDuplicates();
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys()).containsAll(named);
    }

    /** The bundle as the platform reads it: UTF-8, the fixed locale es-MX, MessageFormat for arguments. */
    private static String text(String key, Object... args) {
        return TestMessages.bundle().getMessage(key, args, Locale.forLanguageTag("es-MX"));
    }

    @Test
    void everyTextWithArgumentsIsAValidPattern() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d+)");
        for (String key : keys()) {
            String pattern = text(key);
            Matcher found = argument.matcher(pattern);
            int count = 0;
            while (found.find()) {
                count = Math.max(count, Integer.parseInt(found.group(1)) + 1);
            }
            if (count > 0) {
                Object[] numbers = new Object[count];
                java.util.Arrays.fill(numbers, 2L);
                assertThat(new MessageFormat(pattern, Locale.forLanguageTag("es-MX")).format(numbers))
                        .as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void countsAgreeWithTheirNounInSingularAndPlural() {
        assertThat(text("hearing.judged", 1L)).isEqualTo("1 registro con inconsistencia o no válido");
        assertThat(text("hearing.judged", 2L)).isEqualTo("2 registros con inconsistencia o no válidos");
        assertThat(text("auxiliares.found", 1L)).isEqualTo("1 auxiliar encontrado");
        assertThat(text("auxiliares.found", 0L)).isEqualTo("0 auxiliares encontrados");
        assertThat(text("upload.summary", 1, 0)).isEqualTo("1 auxiliar dado de alta, 0 líneas rechazadas.");
        assertThat(text("hearing.remaining", 1L, 1L)).isEqualTo("Quedan 1 día 1 hora");
        assertThat(text("compulsa.waiting", 12_345L)).isEqualTo("12,345 registros esperan su envío a compulsa.");
        assertThat(text("compulsa.released", 1, "1234")).isEqualTo(
                "Se liberó 1 registro sin respuesta del lote 1234; saldrá en el siguiente lote.");
        assertThat(text("helpdesk.search.count", 1)).isEqualTo("Se encontró 1 registro.");
        assertThat(text("compulsa.overdue.warning", 1, "2 días", "7")).startsWith(
                "Atención: 1 lote enviado a la DERFE sigue sin respuesta completa después de 2 días (lote 7).");
        // the nota informativa's sentences (the seed's «De los 1 registros» was a mistake, not a style)
        assertThat(text("nota.inconsistenciesIntro", 1L)).startsWith("Del 1 registro con alguna inconsistencia detectada");
        assertThat(text("nota.inconsistenciesIntro", 2_500L)).startsWith("De los 2,500 registros con alguna inconsistencia");
        assertThat(text("nota.receptionIntro", 1L, "x", 1L, 1L, 0L)).isEqualTo("Asimismo, se ha recibido 1 registro "
                + "ciudadano, con corte a las x, de los cuales 1 registro ciudadano ha sido captado y enviado por 1 "
                + "auxiliar, y 0 registros ciudadanos fueron recibidos por la modalidad de “Mi Apoyo” (participación de "
                + "la propia ciudadanía).");
        assertThat(text("nota.helpDeskIntro", 1L)).contains("ha recibido 1 reporte de la agrupación");
        assertThat(text("nota.actorIntro", "A", "d", "F", 1L, 1L)).contains("cuenta con 1 auxiliar registrado, de los "
                + "cuales 1 se encuentra activo para");
        assertThat(text("nota.monthsIntro", 1L, "x", 1)).contains("ha recibido 1 registro ciudadano de todos sus actores "
                + "políticos, con corte a las x, en 1 mes,");
    }
}
