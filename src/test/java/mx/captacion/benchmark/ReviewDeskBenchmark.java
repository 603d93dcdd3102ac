package mx.captacion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;

/**
 * The control desk's pace in Tasklist (issue 16.2): a reviewer in real Chromium decides
 * {@code bench.desk.records} records in a row (50 by default) and this prints the user actions each
 * took and the UI time from the decision (the key that completes) to the next record ready — open,
 * claimed, its form enabled and its four images decoded — as p50/p95/max. Targets: ≤ 3 actions and
 * ≤ 1.5 s per record. Not a timed test: it fails only if a decision does not land or the next record
 * does not open; the figures are for the README. Run it with {@code bench/review-desk.sh}.
 *
 * <p>Decisions: «Registro válido» (key 1) mostly, every 10th «Credencial no válida» (key 2), every
 * 25th «Otra» with a note typed (key 6, the note, Ctrl+Enter); each is the key, then Enter.
 */
class ReviewDeskBenchmark extends IntegrationTestBase {

    private static final int RECORDS = Integer.getInteger("bench.desk.records", 50);
    private static final String NOTE = "La credencial muestra otra sección";

    @RegisterExtension
    final BrowserSession session = new BrowserSession("review-desk-benchmark", "es-MX,es");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

    @Test
    void aReviewerDecidesRecordsInARow() {
        ensureReviewerAndAnalyst();
        Fixture fixture = newFixture();
        List<UUID> records = new ArrayList<>();
        for (int i = 0; i <= RECORDS; i++) { // one more: the last decision opens it
            records.add(accepted(submission(fixture)));
        }
        records.forEach(this::taskOf);

        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(REVIEWER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(uri("/camunda/app/tasklist/default/#/").toString());
        // the session's one click: the first card; from then on the desk opens each next record
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.tasks-list li.task h4 a"))).click();
        String task = (String) wait.until(driver -> browser.executeScript(READY + "return readyTask(null);"));
        // from the completing key to the next record ready, timed in the page's own clock (10 ms steps)
        browser.executeScript(READY + """
                document.addEventListener('keydown', e => {
                  if (e.key !== 'Enter') { return; }
                  const from = new URLSearchParams(location.hash.split('?')[1] || '').get('task');
                  const timing = window.deskTiming = {decidedAt: performance.now(), readyAt: 0, task: null};
                  (function poll() {
                    const next = readyTask(from);
                    if (next) { timing.readyAt = performance.now(); timing.task = next; }
                    else { setTimeout(poll, 10); }
                  })();
                }, true);""");

        int[] actions = new int[RECORDS];
        double[] uiMillis = new double[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            if (i % 25 == 24) {
                press("6");
                wait.until(driver -> "textarea".equalsIgnoreCase(driver.switchTo().activeElement().getTagName()));
                // typed as a person types: into whatever has the focus
                new Actions(browser).sendKeys(NOTE).perform();
                wait.until(driver -> NOTE.equals(driver.switchTo().activeElement().getDomProperty("value")));
                new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
                actions[i] = 3;
            } else {
                press(i % 10 == 9 ? "2" : "1");
                press(Keys.ENTER);
                actions[i] = 2;
            }
            String previous = task;
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) wait.until(driver -> browser.executeScript(
                    "const t = window.deskTiming; return t && t.task && t.task !== arguments[0] ? t : null;", previous));
            uiMillis[i] = ((Number) timing.get("readyAt")).doubleValue() - ((Number) timing.get("decidedAt")).doubleValue();
            task = (String) timing.get("task");
        }

        long decided = records.stream().limit(RECORDS + 1)
                .filter(id -> !"EN_MESA_DE_CONTROL".equals(statusOf(id))).count();
        assertThat(decided).as("records decided").isEqualTo(RECORDS);
        print(actions, uiMillis);
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /**
     * In the page: the open task once it differs from {@code previous} and is ready — claimed (its
     * form enabled), six decisions none chosen, its four images decoded — else null.
     */
    private static final String READY = """
            window.readyTask = window.readyTask || function(previous) {
              const task = new URLSearchParams(location.hash.split('?')[1] || '').get('task');
              const radios = document.querySelectorAll('.task-card .fjs-form-field-radio input[type=radio]');
              const images = Array.from(document.querySelectorAll('.task-card img.fjs-image'));
              const ready = task && task !== previous && radios.length === 6 && !radios[0].disabled
                  && !Array.from(radios).some(r => r.checked)
                  && !document.querySelector('.task-card .disabled-form')
                  && images.length === 4 && images.every(i => i.complete && i.naturalWidth > 0);
              return ready ? task : null;
            };
            """;

    private static void print(int[] actions, double[] uiMillis) {
        double[] sorted = uiMillis.clone();
        Arrays.sort(sorted);
        System.out.printf("%nReview desk benchmark: %d records decided in a row by one reviewer in Chromium%n", actions.length);
        System.out.printf("user actions per record  mean %.2f  max %d  (target ≤ 3; plus one click on the first card)%n",
                Arrays.stream(actions).average().orElse(0), Arrays.stream(actions).max().orElse(0));
        System.out.printf("UI time per record (ms)  p50 %.0f  p95 %.0f  max %.0f  (decision key → next record ready; target ≤ 1500)%n",
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
