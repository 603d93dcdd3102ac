package mx.captacion.nota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * integration/nota.camel.yaml as shipped, on its cron schedule (a Spring cron with + for spaces,
 * here every second): each note the exports answer becomes a file in the folder. The notes
 * themselves are stubbed; NotaInformativaIT exports real ones.
 */
class NotaRoutesTest {

    @TempDir
    Path folder;

    private CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** Stands in for {@link NotaExports}: the route calls its forProcess by name. */
    public static class TwoNotes {
        public List<NotaExports.Exported> forProcess(String process, String cutoff) {
            return List.of(new NotaExports.Exported("nota-F1-20230120-0007.pdf", "%PDF-1".getBytes(StandardCharsets.US_ASCII)),
                    new NotaExports.Exported("nota-F2-20230120-0007.pdf", "%PDF-2".getBytes(StandardCharsets.US_ASCII)));
        }
    }

    @Test
    void theScheduleWritesEveryNoteToTheFolder() throws Exception {
        camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("captacion.nota.export.scheduled", "true");
        properties.setProperty("captacion.nota.export.cron", "*/1+*+*+*+*+*");
        properties.setProperty("captacion.nota.export.directory", folder.toString());
        camel.getPropertiesComponent().setInitialProperties(properties);
        camel.getRegistry().bind("notaExports", new TwoNotes());
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveResource(camel, "file:integration/nota.camel.yaml"));
        camel.start();

        Path second = folder.resolve("nota-F2-20230120-0007.pdf");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!Files.exists(second) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(folder.resolve("nota-F1-20230120-0007.pdf"))).isEqualTo("%PDF-1");
        assertThat(Files.readString(second)).isEqualTo("%PDF-2");
    }
}
