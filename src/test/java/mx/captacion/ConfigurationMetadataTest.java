package mx.captacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration metadata the build writes from the *Settings records (and
 * additional-spring-configuration-metadata.json) documents every captacion.* key, so an IDE completes
 * and explains what application.yaml sets.
 */
class ConfigurationMetadataTest {

    /** Our keys and their descriptions, from every metadata file on the class path (the libraries' too). */
    private static Map<String, String> captacionKeys() throws Exception {
        Map<String, String> keys = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("captacion.")) {
                        keys.put(name, property.path("description").asText(""));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void theGeneratedMetadataDescribesOurKeys() throws Exception {
        Map<String, String> keys = captacionKeys();

        assertThat(keys).containsKeys("captacion.compulsa.batch-size", "captacion.helpdesk.first-answer",
                "captacion.mail.retry-delay", "captacion.images.max-bytes", "captacion.security.login.lockout",
                "captacion.retention.period", "captacion.public-url");
        assertThat(keys.get("captacion.compulsa.batch-size")).isEqualTo("records per batch");
        assertThat(keys.get("captacion.helpdesk.first-answer")).startsWith("how long after a ticket arrived");
        assertThat(keys).allSatisfy((key, description) -> assertThat(description).as(key).isNotBlank());
    }

    @Test
    void everyKeyApplicationYamlSetsIsDocumented() throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Properties set = yaml.getObject();
        Map<String, String> documented = captacionKeys();

        Set<String> undocumented = set.stringPropertyNames().stream().filter(key -> key.startsWith("captacion."))
                .filter(key -> !documented.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(undocumented).isEmpty();
    }
}
