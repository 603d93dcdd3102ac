package mx.captacion.reports;

import static mx.captacion.reports.ReceptionReportsIT.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/** Real Chromium draws figures 3 and 9 with ECharts from its WebJar, beside tables with the same figures. */
class ReceptionChartsBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("reception-charts");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();


    @Test
    void theDashboardDrawsTheChartsBesideTheirTables() {
        ensureReviewerAndAnalyst();
        Fixture f = newFixture();
        receivedAt(accepted(submission(f)), local(2022, 12, 14, 12, 0, 0, 0));
        receivedAt(accepted(submission(f)), local(2023, 1, 18, 9, 0, 0, 0));
        receivedAt(accepted(submission(f)), local(2023, 1, 18, 10, 0, 0, 0));
        jdbc.update("update captacion.capture_process set period_start = ?, period_end = ? where code = ?",
                LocalDate.of(2022, 11, 1), LocalDate.of(2023, 1, 31), f.processCode());

        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(ANALYST);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#contenido button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(uri("/avance/recepcion?proceso=" + f.processCode() + "&corte=2023-01-20T10:30").toString());
        WebElement chart = rendered("grafica-por-mes");
        WebElement svg = chart.findElement(By.tagName("svg"));
        assertThat(svg.getSize().getWidth()).isGreaterThan(300);
        assertThat(svg.getSize().getHeight()).isGreaterThan(200);
        // the values are written on the bars, not told by colour alone
        assertThat(chart.findElements(By.tagName("text"))).extracting(WebElement::getText)
                .contains("Noviembre 2022", "Diciembre 2022", "Enero 2023", "1", "2");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).contains("corte 20/01/2023 10:30 hrs.", "Enero 2023: 2");
        assertThat(chart.getAttribute("aria-describedby")).isEqualTo("tabla-por-mes");
        WebElement table = browser.findElement(By.id("tabla-por-mes"));
        assertThat(table.getLocation().getX()).as("the table stands beside the chart")
                .isGreaterThan(chart.getLocation().getX() + chart.getSize().getWidth() - 1);
        assertThat(table.findElement(By.tagName("tbody")).getText()).contains("1 Noviembre 2022 0",
                "2 Diciembre 2022 1", "3 Enero 2023 2");
        assertThat(table.findElement(By.tagName("tfoot")).getText()).isEqualTo("Total 3");

        browser.get(uri("/avance/recepcion-diaria?folio=" + f.folio() + "&corte=2023-01-20T00:07").toString());
        WebElement perDay = rendered("grafica-por-dia");
        assertThat(perDay.findElement(By.tagName("svg")).getSize().getHeight()).isGreaterThan(200);
        assertThat(perDay.findElements(By.tagName("text"))).extracting(WebElement::getText)
                .contains("14/12/2022", "18/01/2023", "2");
        assertThat(browser.findElement(By.id("tabla-por-dia")).findElement(By.tagName("tfoot")).getText())
                .isEqualTo("Total 3");
        // ECharts (from its WebJar) draws and shows its tooltip within the Content-Security-Policy
        new Actions(browser).moveToElement(perDay).perform();
        wait.until(d -> (Boolean) browser.executeScript("return [...arguments[0].querySelectorAll('div')].some("
                + "d => getComputedStyle(d).zIndex === '9999999' && getComputedStyle(d).display !== 'none' "
                + "&& d.textContent.includes('/'))", perDay));
        session.assertNoContentSecurityPolicyViolation();
    }

    private WebElement rendered(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + "[data-rendered=true]")));
    }

    private void receivedAt(UUID record, Instant received) {
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        jdbc.update("update captacion.citizen_record set received_at = ?, captured_at = ? where id = ?",
                Timestamp.from(received), Timestamp.from(received.minusSeconds(60)), record);
    }
}
