package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/** A reviewer in real Chromium: one login, Tasklist, the form with the images, a decision that lands. */
class ControlDeskBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("control-desk");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();

    @BeforeEach
    void reviewer() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void aReviewerSeesTheImagesAndMarksAPhotocopyInTasklist() {
        Fixture fixture = newFixture();
        UUID recordId = accepted(submission(fixture));
        String task = taskOf(recordId);

        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(REVIEWER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Bandeja de tareas")));

        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
        // no «Claim» to click: the desk claims a record as it opens (ReviewDeskBrowserIT)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Valor capturado"));
        String claveElector = jdbc.queryForObject("select clave_elector from captacion.citizen_record where id = ?",
                String.class, recordId);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains(claveElector, "Sin observaciones de la revisión automática");
        wait.until(driver -> loadedImages() == 4);

        WebElement photocopy = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(.), 'Fotocopia de credencial para votar')]")));
        wait.until(driver -> photocopy.findElement(By.tagName("input")).isEnabled());
        // the larger images put the decisions below the page's footer
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", photocopy);
        photocopy.click();
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(text())='Complete']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        complete.click();

        awaitStatus(recordId, "CON_INCONSISTENCIA");
        assertThat(jdbc.queryForObject("select inconsistency_type from captacion.citizen_record where id = ?",
                String.class, recordId)).isEqualTo("FOTOCOPIA_DE_CREDENCIAL");
        assertThat(jdbc.queryForObject("select reviewed_by from captacion.citizen_record where id = ?",
                String.class, recordId)).isEqualTo(REVIEWER);
    }

    /** Images of the form that the browser actually fetched and decoded (served to reviewers only). */
    private long loadedImages() {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('img.fjs-image'))"
                        + ".filter(i => i.complete && i.naturalWidth > 0).length;");
        return ((Number) count).longValue();
    }
}
