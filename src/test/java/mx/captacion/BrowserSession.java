package mx.captacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for one test: started with the test's instance, and after the test its
 * last screen is saved as {@code target/browser/<name>.png} (for whoever reads a failure) and the
 * browser quits. Register it as an instance field with {@code @RegisterExtension}.
 */
public final class BrowserSession implements AfterEachCallback {

    private final String name;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    public BrowserSession(String name) {
        this(name, null);
    }

    /** A browser whose preferred languages are {@code acceptLanguages} (see {@link Browser#start(String)}). */
    public BrowserSession(String name, String acceptLanguages) {
        this.name = name;
        this.browser = Browser.start(acceptLanguages);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** Waits up to 30 s. */
    public WebDriverWait await() {
        return wait;
    }

    /**
     * Fails if Chromium refused anything by the pages' Content-Security-Policy (a script, a style, an
     * image, a connection) since the browser started or this was last asked.
     */
    public void assertNoContentSecurityPolicyViolation() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).as("lo que la política de seguridad de contenido bloqueó").isEmpty();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            Files.createDirectories(Path.of("target/browser"));
            Files.write(Path.of("target/browser/" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.quit();
        }
    }
}
