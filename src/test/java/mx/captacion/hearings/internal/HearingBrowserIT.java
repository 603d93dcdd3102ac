package mx.captacion.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;

/**
 * A representative in real Chromium opens its garantía de audiencia, sees the judged record with
 * its reason, image and the running countdown, contests it with an argument and sees it listed;
 * an audiencia reviewer restores it and the record goes to the compulsa.
 */
class HearingBrowserIT extends HearingTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("audiencia");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();


    @Test
    void aRepresentativeContestsWithinTheWindowAndTheReviewerRestoresTheRecord() {
        Fixture f = newFixture();
        String rep = newRepresentative(f);
        UUID record = inconsistent(f);
        assertThat(postJson("/api/v1/processes/" + f.processCode() + "/audiencia", ANALYST, Map.of("windowDays", 10))
                .statusCode()).isEqualTo(201);

        signIn(rep);
        browser.get(uri("/organizacion/audiencia").toString());

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registro-" + record)));
        assertThat(row.findElement(By.className("motivo")).getText()).isEqualTo("Firma no válida: trazo distinto");
        WebElement countdown = browser.findElement(By.id("cuenta-regresiva"));
        wait.until(d -> countdown.getText().startsWith("Quedan 9 días") || countdown.getText().startsWith("Quedan 8 días"));
        String before = countdown.getText();
        wait.until(d -> !countdown.getText().equals(before)); // the countdown runs
        Boolean imageLoaded = (Boolean) browser.executeScript(
                "var i = arguments[0].querySelector('img'); return i.complete && i.naturalWidth > 0;", row);
        assertThat(imageLoaded).as("la miniatura se sirve al representante").isTrue();

        browser.findElement(By.id("argumento")).sendKeys(ARGUMENT);
        row.findElement(By.className("impugnar-uno")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Se impugnó 1 registro"));
        assertThat(browser.findElement(By.id("registro-" + record)).findElement(By.className("estado-impugnacion"))
                .getText()).isEqualTo("En revisión");
        assertThat(browser.findElement(By.id("impugnaciones")).getText()).contains(record.toString(), ARGUMENT, rep);

        decide(record, "RESTITUIR", "La firma sí corresponde a la credencial.");

        awaitStatus(record, "PARA_COMPULSA");
        awaitDecided(record);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("impugnaciones")).getText())
                .contains("Registro restituido", HEARING_REVIEWER, "La firma sí corresponde");
        // the countdown's script is a file of the platform's: the policy blocked nothing
        session.assertNoContentSecurityPolicyViolation();
    }

    private void signIn(String user) {
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#contenido button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
