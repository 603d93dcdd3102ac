package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Spanish for Camunda's webapps ({@code app/<app>/locales/es.json} under
 * {@code META-INF/resources/webjars/camunda}) against the English of the webjar on the classpath:
 * a Camunda upgrade that adds, drops or renames a label must fail here, not show a bare key
 * ({@code PAGE_LOGIN_USERNAME}) to a reviewer; and a translation that loses a {@code {{placeholder}}}
 * or a piece of HTML would show a hole or broken markup.
 */
class CamundaTranslationsTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|&\\w+;");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void spanishHasExactlyTheWebjarsKeys(String app) throws IOException {
        Map<String, String> english = texts(app, "en");
        Map<String, String> spanish = texts(app, "es");

        assertThat(english).as("the webjar's %s en.json", app).isNotEmpty();
        assertThat(difference(english, spanish)).as("keys of the webjar's %s en.json missing from es.json", app).isEmpty();
        assertThat(difference(spanish, english)).as("keys of %s es.json the webjar's en.json no longer has", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void spanishKeepsEveryPlaceholderAndPieceOfMarkup(String app) throws IOException {
        Map<String, String> english = texts(app, "en");
        Map<String, String> spanish = texts(app, "es");

        // every broken label at once, not just the first
        SoftAssertions.assertSoftly(soft -> english.forEach((key, text) -> {
            if (spanish.containsKey(key)) {
                soft.assertThat(all(PLACEHOLDER, spanish.get(key))).as("{{placeholders}} of %s %s", app, key)
                        .containsExactlyInAnyOrderElementsOf(all(PLACEHOLDER, text));
                soft.assertThat(all(TAG, spanish.get(key))).as("HTML of %s %s", app, key)
                        .containsExactlyInAnyOrderElementsOf(all(TAG, text));
            }
        }));
    }

    /** Every text of a locale file by its path ({@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}). */
    private static Map<String, String> texts(String app, String language) throws IOException {
        String resource = LOCALES.formatted(app, language);
        try (InputStream in = CamundaTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            // Jackson reads past the byte order mark the webjar's files start with
            Map<String, String> texts = new TreeMap<>();
            flatten("", JSON.readTree(in), texts);
            return texts;
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, String> texts) {
        if (node.isObject()) {
            node.properties().forEach(field ->
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), texts);
            }
        } else {
            texts.put(path, node.asText());
        }
    }

    private static Set<String> difference(Map<String, String> these, Map<String, String> without) {
        Set<String> keys = new TreeSet<>(these.keySet());
        keys.removeAll(without.keySet());
        return keys;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
