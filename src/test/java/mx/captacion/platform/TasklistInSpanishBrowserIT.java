package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/**
 * Camunda's Tasklist and Welcome app in Spanish (our {@code es.json} and {@code config.js} under
 * {@code META-INF/resources/webjars/camunda/app/}): a control-desk reviewer whose browser prefers
 * Spanish, as browsers in Mexico do, works in Spanish; a browser that prefers any language but
 * English falls back to Spanish; an English browser still gets Camunda's English. Without our
 * files Camunda offers English only and the first two fail.
 */
class TasklistInSpanishBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("tasklist-es", "es-MX,es");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();

    @BeforeEach
    void reviewer() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void aReviewerWithASpanishBrowserWorksInTasklistAndWelcomeInSpanish() {
        String task = taskOf(accepted(submission(newFixture())));
        signIn();

        browser.get(uri("/camunda/app/tasklist/default/#/").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Elija una tarea de la lista."));
        assertThat(pageText()).contains("Cerrar sesión", "Mi perfil").doesNotContain("Select a task", "Log out");

        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
        // the control desk claims its record as it opens (Tasklist's «Reclamar», clicked by desk.js)
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Completar']")));
        assertThat(pageText()).doesNotContain("Claim", "Complete");

        browser.get(uri("/camunda/app/welcome/default/#!/welcome").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Aplicaciones"));
        assertThat(pageText()).contains("Cerrar sesión").doesNotContain("Applications", "Log out");
    }

    @Test
    void aBrowserPreferringAnotherLanguageFallsBackToSpanish() {
        // Camunda ships German too, but only Spanish and English are offered here
        preferLanguages("de-DE");
        signIn();

        browser.get(uri("/camunda/app/tasklist/default/#/").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Elija una tarea de la lista."));
    }

    @Test
    void anEnglishBrowserStillGetsCamundasEnglish() {
        preferLanguages("en-US");
        signIn();

        browser.get(uri("/camunda/app/tasklist/default/#/").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Select a task in the list."));
        assertThat(pageText()).contains("Log out");
    }

    /** As if the reviewer changed the browser's language: {@code navigator.languages} for the pages to come. */
    private void preferLanguages(String language) {
        String userAgent = (String) browser.executeScript("return navigator.userAgent;");
        browser.executeCdpCommand("Emulation.setUserAgentOverride",
                Map.of("userAgent", userAgent, "acceptLanguage", language));
    }

    private void signIn() {
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(REVIEWER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The page's text, including menus not opened yet (the user menu's «Cerrar sesión»). */
    private String pageText() {
        return (String) browser.executeScript("return document.body.textContent;");
    }
}
