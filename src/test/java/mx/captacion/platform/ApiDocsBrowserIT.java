package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/** Swagger UI at /api-docs draws the API's document in real Chromium under the portal's Content-Security-Policy. */
class ApiDocsBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("api-docs");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();

    @Test
    void swaggerUiShowsTheApiWithinThePolicy() {
        ensureReviewerAndAnalyst();
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(ANALYST);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#contenido button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(uri("/api-docs").toString());

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertThat(browser.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
                .extracting(element -> element.getText().replace("\u200B", "")).anyMatch(path -> path.startsWith("/api/v1/"));
        session.assertNoContentSecurityPolicyViolation();
    }
}
