package mx.captacion;

import java.io.File;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium and its driver (installed by {@code .ci/run}); Selenium never
 * downloads a browser or a driver here.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(null);
    }

    /**
     * With the browser's preferred languages ({@code "es-MX,es"}), what {@code navigator.languages}
     * reports and Camunda's webapps choose their language by; {@code null} keeps Chromium's own
     * ({@code en-US}), so Tasklist shows Camunda's English (the tests that click «Claim» rely on
     * it). Headless Chromium ignores {@code --lang}, hence {@code --accept-lang}.
     */
    public static ChromeDriver start(String acceptLanguages) {
        ChromeOptions options = new ChromeOptions();
        if (acceptLanguages != null) {
            options.addArguments("--accept-lang=" + acceptLanguages);
        }
        options.setBinary(System.getProperty("captacion.chromium", "/usr/bin/chromium"));
        // the console, where Chromium reports what the Content-Security-Policy blocked (BrowserSession)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("captacion.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }
}
