package mx.captacion.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.internal.AttendingTicket;
import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.platform.Roles;

/** A MATO agent in real Chromium: one login, Tasklist, the ticket and its conversation, an answer that leaves by mail. */
class HelpDeskBrowserIT extends IntegrationTestBase {

    private static final String AGENT = "mato.browser";

    @RegisterExtension
    final BrowserSession session = new BrowserSession("help-desk");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();

    @Autowired
    OpeningTicket opening;
    @Autowired
    TaskService taskService;

    @Test
    void anAgentAnswersAMailTicketInTasklist() {
        ensureUser("operacion.it", Roles.CAMUNDA_ADMIN);
        ensureUser(AGENT, Roles.MATO);
        String address = "ines" + ThreadLocalRandom.current().nextInt(1_000_000) + "@correo.example";
        Ticket ticket = opening.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Inés Robles Cano", address,
                "No llega el ID de auxiliar", "Di de alta a un auxiliar y no le llegó su ID.", null, null, null,
                List.of(), null, null, "correo"));

        browser.get(uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(AGENT);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Mesa de ayuda")));
        // the portal's pages of the help desk run under the platform's Content-Security-Policy
        browser.get(uri("/mesa-ayuda/reportes/" + ticket.getId()).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Di de alta a un auxiliar"));
        browser.get(uri("/mesa-ayuda/informes").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
        session.assertNoContentSecurityPolicyViolation();

        // triage, from the ticket's page: its link opens the task in Tasklist, named with the ticket's number
        browser.get(uri("/mesa-ayuda/reportes/" + ticket.getId()).toString());
        browser.findElement(By.cssSelector("#tarea a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='Claim']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Di de alta a un auxiliar"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tipificar el reporte " + ticket.number());
        // two types ticked in the form
        tick("Alta de auxiliares en portal");
        tick("Envío de apoyo desde la aplicación móvil");
        browser.findElement(By.xpath("//button[normalize-space(text())='Complete']")).click();
        wait.until(driver -> "EN_ATENCION".equals(jdbc.queryForObject(
                "select status from captacion.ticket where id = ?", String.class, ticket.getId())));
        assertThat(jdbc.queryForObject("select types from captacion.ticket where id = ?", String.class, ticket.getId()))
                .isEqualTo("ALTA_AUXILIARES_PORTAL,ENVIO_APOYO_APP");

        // the answer
        openAndClaim(ticket, SupportTicketProcess.TASK_ANSWER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Di de alta a un auxiliar"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(ticket.number(), "Inés Robles Cano");

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(.), 'Respuesta')]/following::textarea[1]")))
                .sendKeys("Revise la carpeta de correo no deseado; se le reenvió el ID.");
        browser.findElement(By.xpath("//button[normalize-space(text())='Complete']")).click();

        wait.until(driver -> "RESPONDIDO".equals(jdbc.queryForObject(
                "select status from captacion.ticket where id = ?", String.class, ticket.getId())));
        assertThat(jdbc.queryForObject("select author from captacion.ticket_message where ticket_id = ? and kind = 'RESPUESTA'",
                String.class, ticket.getId())).isEqualTo(AGENT);
        assertThat(mails.to(address, AttendingTicket.ANSWER_TEMPLATE)).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("respuesta",
                        "Revise la carpeta de correo no deseado; se le reenvió el ID."));
        // Tasklist, under Camunda's own policy, blocked nothing either
        session.assertNoContentSecurityPolicyViolation();
    }

    private void openAndClaim(Ticket ticket, String taskKey) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        browser.get(uri("/camunda/app/tasklist/default/#/?task=" + task.getId()).toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='Claim']"))).click();
    }

    private void tick(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(.), '" + label + "')]"))).click();
    }
}
