package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The message bundles: a key given twice silently keeps the last text (a column header once became
 * a notice that way), and the default and Spanish bundles must say the same things.
 */
class MessagesTest {

    private static List<String> keys(String file) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).trim())
                .toList();
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            List<String> keys = keys(file);
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_es.properties")).containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
    }
}
