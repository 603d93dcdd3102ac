package mx.captacion.miapoyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.BrowserSession;
import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.demo.SyntheticImages;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.records.MiApoyoChecks;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.ImageFiles;

/**
 * A citizen in real Chromium, no login: fills Mi Apoyo with photos from files (one larger than
 * the API takes, so the page must shrink it), signs on the canvas, gets a receipt, and looks it up.
 */
class MiApoyoBrowserIT extends IntegrationTestBase {

    private static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    @Autowired
    private BlobStore blobs;
    @RegisterExtension
    final BrowserSession session = new BrowserSession("mi-apoyo");
    private final ChromeDriver browser = session.browser();
    private final WebDriverWait wait = session.await();
    private Path photos;

    @BeforeEach
    void photoFolder() throws IOException {
        photos = Files.createTempDirectory("mi-apoyo");
    }

    @Test
    void aCitizenSendsTheirSupportAndLooksItUpWithTheReceipt() throws IOException {
        Fixture fixture = newFixture();
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();

        browser.get(uri("/mi-apoyo").toString());
        fillData(fixture, citizen);
        byte[] bigAnverso = SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — ANVERSO", 2_600_000, 11);
        assertThat(bigAnverso.length).as("más grande de lo que acepta la API").isGreaterThan(MAX_IMAGE_BYTES);
        attach("anverso", bigAnverso);
        attach("reverso", SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — REVERSO", 40_000, 12));
        attach("fotoViva", SyntheticImages.jpeg("FOTOGRAFÍA VIVA DE MUESTRA", 40_000, 13));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anverso-preview")));
        sign();

        browser.findElement(By.id("enviar")).click();

        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codigo-recibo")));
        String code = receipt.getText();
        assertThat(code).matches("MA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        var stored = jdbc.queryForMap("select id, channel, auxiliar_id, clave_elector, anverso_hash, firma_hash "
                + "from captacion.citizen_record where receipt_code = ?", code.replace("MA-", "").replace("-", ""));
        assertThat(stored.get("channel")).isEqualTo("MI_APOYO");
        assertThat(stored.get("auxiliar_id")).isNull();
        assertThat(stored.get("clave_elector")).isEqualTo(citizen.claveElector());
        byte[] anverso = blobs.get((String) stored.get("anverso_hash")).orElseThrow();
        assertThat(anverso.length).isLessThanOrEqualTo(MAX_IMAGE_BYTES);
        assertThat(ImageFiles.dimensions(anverso).orElseThrow().width()).isLessThanOrEqualTo(1600);
        assertThat(ImageFiles.format(blobs.get((String) stored.get("firma_hash")).orElseThrow()))
                .contains(ImageFiles.Format.PNG);

        browser.get(uri("/mi-apoyo/consulta").toString());
        type("codigo", code);
        type("verificacion", citizen.claveElector().substring(14));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#estado h2")));
        assertThat(status.getText()).isIn("Recibido", "En revisión");
        assertThat(browser.findElement(By.id("estado")).getText())
                .contains(code, "Agrupación de Prueba")
                .doesNotContain(citizen.claveElector(), citizen.curp());
        // previews, the canvas signature and the shrunk photos live within the Content-Security-Policy
        session.assertNoContentSecurityPolicyViolation();
    }

    @Test
    void whatTheChecksWouldJudgeInvalidIsShownBesideItsFieldAndNothingIsStored() throws IOException {
        Fixture fixture = newFixture();
        SyntheticCitizen citizen = SUBMISSIONS.nextCitizen();
        browser.get(uri("/mi-apoyo").toString());
        fillData(fixture, citizen);
        attach("reverso", SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — REVERSO", 40_000, 12));
        attach("fotoViva", SyntheticImages.jpeg("FOTOGRAFÍA VIVA DE MUESTRA", 40_000, 13));
        type("vigencia", "");

        // checked by the page: no vigencia, no front of the credential, no signature, all at once
        send();
        assertBeside("vigencia", "año de vigencia de tu credencial");
        assertBeside("anverso", "Falta la imagen: anverso de la credencial");
        assertBeside("firma", "Falta la imagen: firma");
        assertThat(browser.findElement(By.id("curp-error")).isDisplayed()).isFalse();

        attach("anverso", SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — ANVERSO", 40_000, 11));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anverso-preview")));
        sign();
        int expired = MiApoyoChecks.firstCurrentVigencia(clock.instant()) - 1;
        type("vigencia", Integer.toString(expired));
        send();
        assertBeside("vigencia", "credencial vigente (de " + (expired + 1) + " en adelante)");
        assertThat(browser.findElement(By.id("anverso-error")).isDisplayed()).as("ya corregido").isFalse();

        type("vigencia", Integer.toString(citizen.vigencia()));
        type("curp", "xyz"); // typed in lower case: the page writes it in capitals, and the format still fails
        send();
        assertThat(browser.findElement(By.id("curp")).getDomProperty("value")).isEqualTo("XYZ");
        assertBeside("curp", "La CURP falta o no tiene un formato válido");

        type("curp", citizen.curp());
        type("claveElector", citizen.claveElector().substring(0, 17));
        send();
        assertBeside("claveElector", "La clave de elector falta o no tiene el formato");

        // checked by the server (the same Java rules), answered beside the field it names
        type("claveElector", citizen.claveElector());
        Entidad other = citizen.entidadNacimiento() == Entidad.JALISCO ? Entidad.SONORA : Entidad.JALISCO;
        type("curp", Curp.build(citizen.nombre(), citizen.apellidoPaterno(), citizen.apellidoMaterno(),
                citizen.fechaNacimiento(), citizen.sexo(), other, citizen.curp().charAt(16)));
        send();
        assertBeside("curp", "no coincide con la de la clave de elector");
        assertThat(jdbc.queryForList("select code from captacion.record_refusal where actor_folio = ?", String.class,
                fixture.folio())).containsExactly("CURP_Y_CLAVE_ENTIDAD_DISTINTA");

        assertThat(jdbc.queryForObject("select count(*) from captacion.citizen_record where actor_id = ?",
                Integer.class, fixture.actorId())).as("nada guardado").isZero();
        assertThat(browser.findElement(By.id("recibo")).isDisplayed()).isFalse();

        type("curp", citizen.curp());
        send();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codigo-recibo"))).getText();
        assertThat(code).matches("MA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(jdbc.queryForObject("select count(*) from captacion.citizen_record where actor_id = ?",
                Integer.class, fixture.actorId())).isOne();
        session.assertNoContentSecurityPolicyViolation();
    }

    /** The citizen's data as on the credential, and the organization; no photos, no signature. */
    private void fillData(Fixture fixture, SyntheticCitizen citizen) {
        new Select(browser.findElement(By.id("actor"))).selectByValue(fixture.folio());
        type("claveElector", citizen.claveElector());
        type("curp", citizen.curp());
        type("nombre", citizen.nombre());
        type("apellidoPaterno", citizen.apellidoPaterno());
        type("apellidoMaterno", citizen.apellidoMaterno());
        // a date input's typing order follows the browser's locale; its value is always ISO
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("fechaNacimiento")),
                citizen.fechaNacimiento().toString());
        new Select(browser.findElement(By.id("sexo"))).selectByValue(citizen.sexo().name());
        new Select(browser.findElement(By.id("entidad"))).selectByValue(citizen.entidad().number());
        type("seccion", Integer.toString(citizen.seccion()));
        type("vigencia", Integer.toString(citizen.vigencia()));
    }

    private void send() {
        WebElement button = browser.findElement(By.id("enviar"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        // the page has answered once the button is enabled again (a refusal by the server takes a round trip),
        // or once the receipt replaces the form
        wait.until(ExpectedConditions.or(ExpectedConditions.elementToBeClickable(By.id("enviar")),
                ExpectedConditions.visibilityOfElementLocated(By.id("recibo"))));
    }

    /** The field's message is shown in the field's own box, next to it, and the field is marked. */
    private void assertBeside(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "-error")));
        wait.until(ExpectedConditions.textToBePresentInElement(message, text));
        assertThat(message.findElement(By.xpath(".."))).isEqualTo(field.findElement(By.xpath("..")));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).isEqualTo(id + "-error");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void attach(String id, byte[] jpeg) throws IOException {
        Path file = Files.write(photos.resolve(id + ".jpg"), jpeg);
        browser.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** A scribble across the pad, as a finger or a mouse would draw it. */
    private void sign() {
        WebElement pad = browser.findElement(By.id("firma"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser).moveToElement(pad, -150, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 40).moveByOffset(40, -30).moveByOffset(60, 20)
                .release().perform();
    }
}
