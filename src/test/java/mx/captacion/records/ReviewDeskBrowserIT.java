package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;
import mx.captacion.identity.Entidad;

/**
 * Tasklist as the control desk's review desk (Tasklist's {@code scripts/desk.js}), walked by a
 * reviewer whose browser prefers Spanish: cards that tell records apart, decisions by key, the next
 * record opened and claimed after each one with a confirmation, Spanish validation, images that
 * enlarge, and nothing on the screen the reviewer may not use.
 */
class ReviewDeskBrowserIT extends IntegrationTestBase {

    @RegisterExtension
    final BrowserSession session = new BrowserSession("review-desk", "es-MX,es");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();
    /** {@link #ensureReviewerAndAnalyst()}'s operator ({@code camunda-admin}). */
    private static final String OPERATOR = "operacion.it";

    @BeforeEach
    void reviewer() {
        ensureReviewerAndAnalyst();
    }

    @Test
    void cardsTellRecordsApartAndNothingOnScreenIsForbiddenOrUntranslated() {
        UUID recordId = accepted(submission(newFixture()));
        taskOf(recordId);
        Map<String, Object> record = jdbc.queryForMap("""
                select r.entidad, r.clave_elector, r.curp, r.nombre, a.auxiliar_id
                  from captacion.citizen_record r join captacion.auxiliar a on a.id = r.auxiliar_id
                 where r.id = ?""", recordId);
        signIn();

        browser.get(uri("/camunda/app/tasklist/default/#/").toString());
        String card = Entidad.byNumber(((Number) record.get("entidad")).intValue()).orElseThrow().displayName()
                + " · capturado ";
        WebElement cardTitle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//ol[contains(@class,'tasks-list')]//h4[contains(., '" + record.get("auxiliar_id") + "')]")));
        assertThat(cardTitle.getText()).startsWith(card);
        String list = browser.findElement(By.cssSelector("ol.tasks-list")).getText();
        assertThat(list).doesNotContain((String) record.get("clave_elector"), (String) record.get("curp"),
                (String) record.get("nombre"));

        // the engine allows a reviewer neither: the buttons are not there, nor the banner
        // desk.js has asked the engine what the reviewer may do
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.desk-permissions-known")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("Crear tarea", "Iniciar proceso", "Camunda 8", "CREATION_DATE", "SEARCH_PLACEHOLDER");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[placeholder]")).stream().map(e -> e.getAttribute("placeholder")))
                .noneMatch(placeholder -> placeholder.matches("[A-Z_]+"));
        session.assertNoContentSecurityPolicyViolation();
    }

    @Test
    void aDecisionByKeyIsConfirmedAndTheNextRecordOpensClaimed() {
        Fixture fixture = newFixture();
        UUID first = accepted(submission(fixture));
        UUID second = accepted(submission(fixture));
        String task = taskOf(first);
        String secondTask = taskOf(second);
        setAsideOtherRecords(task, secondTask);
        signIn();

        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
        // opened, claimed without a click, the form enabled
        awaitReady(task);
        assertThat(assigneeOf(task)).isEqualTo(REVIEWER);

        new Actions(browser).sendKeys("5").perform();
        wait.until(driver -> checkedDecision().contains("Fotocopia de credencial para votar"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        awaitStatus(first, "CON_INCONSISTENCIA");
        assertThat(jdbc.queryForObject("select inconsistency_type from captacion.citizen_record where id = ?",
                String.class, first)).isEqualTo("FOTOCOPIA_DE_CREDENCIAL");
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-confirmation")));
        assertThat(confirmation.getText()).contains("Se guardó «Fotocopia de credencial para votar»",
                "Se abrió el siguiente registro");
        // the oldest unclaimed record: the second one, the others set aside
        String next = secondTask;
        awaitReady(next);
        assertThat(assigneeOf(next)).isEqualTo(REVIEWER);
        // the next record's form was read through the logged API, as every form is
        assertThat(jdbc.queryForObject("select count(*) from captacion.access_log where user_id = ? and path like ?",
                Long.class, REVIEWER, "%/task/" + next + "/form-variables%")).isPositive();
    }

    @Test
    void anOperatorOpeningARecordOnlyToLookDoesNotTakeItFromTheReviewers() {
        String task = taskOf(accepted(submission(newFixture())));
        signIn(OPERATOR);

        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());

        wait.until(driver -> task.equals(browser.executeScript("return document.documentElement.dataset.deskOnlyLooking")));
        assertThat(assigneeOf(task)).isNull();
    }

    @Test
    void otraWithoutTextAsksInSpanishBesideTheFieldAndLeavesCompletarFree() {
        UUID recordId = accepted(submission(newFixture()));
        String task = taskOf(recordId);
        signIn();
        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
        awaitReady(task);

        new Actions(browser).sendKeys("6").perform();
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-textarea textarea")));
        wait.until(driver -> note.equals(driver.switchTo().activeElement()));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-form-field-textarea .fjs-form-field-error")));
        wait.until(driver -> error.getText().contains("Describa la inconsistencia"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Field is required");
        WebElement complete = browser.findElement(By.cssSelector(".task-card .form-actions button.btn-primary"));
        for (WebElement toast : browser.findElements(By.cssSelector(".page-notifications .alert"))) {
            assertThat(overlaps(toast, complete)).as("un aviso tapa «Completar»").isFalse();
        }
        assertThat(statusOf(recordId)).isEqualTo("EN_MESA_DE_CONTROL");

        note.sendKeys("La credencial muestra otra sección");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        awaitStatus(recordId, "CON_INCONSISTENCIA");
    }

    @Test
    void imagesShowLargerAndOpenFullSize() {
        UUID recordId = accepted(submission(newFixture()));
        String task = taskOf(recordId);
        signIn();
        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task).toString());
        awaitReady(task);

        WebElement front = browser.findElement(By.cssSelector("img.fjs-image[alt='Anverso de la credencial']"));
        assertThat(front.getRect().getWidth()).as("ancho del anverso en el formulario").isGreaterThan(330);
        front.click();
        WebElement large = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".desk-lightbox img")));
        assertThat(large.getRect().getWidth()).as("ancho del anverso ampliado").isGreaterThanOrEqualTo(640);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".desk-lightbox")));
    }

    private void signIn() {
        signIn(REVIEWER);
    }

    private void signIn(String user) {
        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The task is open, claimed by the reviewer, its decision enabled and its four images decoded. */
    private void awaitReady(String task) {
        wait.until(driver -> task.equals(openedTask())
                && Boolean.TRUE.equals(browser.executeScript("""
                        const radios = document.querySelectorAll('.task-card .fjs-form-field-radio input[type=radio]');
                        const images = Array.from(document.querySelectorAll('.task-card img.fjs-image'));
                        return radios.length === 6 && !radios[0].disabled
                            && !document.querySelector('.task-card .disabled-form')
                            && images.length === 4 && images.every(i => i.complete && i.naturalWidth > 0);""")));
    }

    /**
     * Open control-desk tasks that earlier tests left unclaimed (their images may be gone with their
     * test's blob store) go to the operator, so the desk's next record is this test's own.
     */
    private void setAsideOtherRecords(String... ours) {
        JsonNode open = body(get("/engine-rest/task?taskDefinitionKey=" + CitizenRecordProcess.TASK_CONTROL_DESK
                + "&unassigned=true", OPERATOR));
        for (JsonNode other : open) {
            String id = other.get("id").asText();
            if (!List.of(ours).contains(id)) {
                postJson("/engine-rest/task/" + id + "/assignee", OPERATOR, Map.of("userId", OPERATOR));
            }
        }
    }

    private String openedTask() {
        return (String) browser.executeScript(
                "return new URLSearchParams(location.hash.split('?')[1] || '').get('task');");
    }

    private String checkedDecision() {
        return (String) browser.executeScript("""
                const checked = document.querySelector('.task-card .fjs-form-field-radio input:checked');
                return checked ? checked.closest('label').textContent : '';""");
    }

    private String assigneeOf(String task) {
        return body(get("/engine-rest/task/" + task, OPERATOR)).path("assignee").asText(null);
    }

    private static boolean overlaps(WebElement a, WebElement b) {
        var r = a.getRect();
        var s = b.getRect();
        return r.getX() < s.getX() + s.getWidth() && s.getX() < r.getX() + r.getWidth()
                && r.getY() < s.getY() + s.getHeight() && s.getY() < r.getY() + r.getHeight();
    }
}
