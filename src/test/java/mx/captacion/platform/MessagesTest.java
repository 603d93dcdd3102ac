package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
