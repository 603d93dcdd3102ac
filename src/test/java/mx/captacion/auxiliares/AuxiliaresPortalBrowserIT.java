package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/**
 * Two representatives in real Chromium: the first registers an auxiliar, finds it in the list and
 * gives it a baja; the second neither sees it nor opens it by its URL.
 */
class AuxiliaresPortalBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("organization-portal");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();


    @Test
    void aRepresentativeRegistersFindsAndRemovesAnAuxiliarThatAnotherCannotReach() {
        String first = newRepresentative(newFixture());
        String second = newRepresentative(newFixture());

        signIn(first);
        wait.until(ExpectedConditions.urlContains("/organizacion"));
        browser.findElement(By.linkText("Dar de alta un auxiliar")).click();
        browser.findElement(By.id("nombre")).sendKeys("Lucía Navegador Prueba");
        browser.findElement(By.id("correo")).sendKeys("lucia.navegador@captacion.example");
        new Select(browser.findElement(By.id("autenticacion"))).selectByValue("GOOGLE");
        browser.findElement(By.cssSelector("#contenido button[type=submit]")).click();
        String auxiliarId = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auxiliar-id"))).getText();
        assertThat(auxiliarId).startsWith("AUX-");
        assertThat(browser.findElement(By.id("auxiliar-status")).getText())
                .isEqualTo("Activo sin registro en la aplicación móvil");

        browser.findElement(By.linkText("Volver a la lista de auxiliares")).click();
        browser.findElement(By.id("q")).sendKeys("lucia navegador");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auxiliares"), "1 auxiliar encontrado"));
        browser.findElement(By.linkText(auxiliarId)).click();

        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("causa"))))
                .selectByVisibleText("No le ha llegado el correo");
        browser.findElement(By.id("observaciones")).sendKeys("Se dará de alta con otro correo");
        browser.findElement(By.cssSelector("#baja button[type=submit]")).click();
        // the baja is definitive: a page names the auxiliar and asks first, and until then nothing changed
        String question = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pregunta"))).getText();
        assertThat(question).contains("Lucía Navegador Prueba", auxiliarId);
        assertThat(auxiliares.findByAuxiliarId(auxiliarId).orElseThrow().getStatus()).isNotEqualTo(AuxiliarStatus.BAJA);
        session.assertNoContentSecurityPolicyViolation();
        browser.findElement(By.cssSelector("#confirmar-baja button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("auxiliar-status"), "Dado de baja"));
        assertThat(browser.findElement(By.id("historial")).getText()).contains("No le ha llegado el correo");
        assertThat(auxiliares.findByAuxiliarId(auxiliarId).orElseThrow().getBajaCause())
                .isEqualTo(BajaCause.NO_LE_HA_LLEGADO_EL_CORREO);

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(second);
        wait.until(ExpectedConditions.urlContains("/organizacion"));
        browser.get(uri("/organizacion/auxiliares").toString());
        assertThat(browser.findElement(By.id("auxiliares")).getText()).doesNotContain(auxiliarId, "Lucía");
        browser.get(uri("/organizacion/auxiliares/" + auxiliarId).toString());
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("No se encontró el auxiliar «" + auxiliarId + "» en su organización.")
                .doesNotContain("Lucía");
    }

    private void signIn(String user) {
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#contenido button[type=submit]")).click();
    }
}
