package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.MailServer;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/**
 * The auxiliar's story as they live it, with a real SMTP server in the middle: the representative
 * gives the alta, the ID arrives by mail, the auxiliar registers in the app with the ID read from
 * that mail, and their records are accepted; a baja reaches the representative by mail.
 */
class AuxiliarMailIT extends IntegrationTestBase {

    private static final SyntheticSubmissions PEOPLE = new SyntheticSubmissions(2_026L, 8_000);
    private static final Pattern AUXILIAR_ID = Pattern.compile("AUX-\\d{7}");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    AuxiliarRegistry registry;
    @Autowired
    ElectoralRoll roll;
    @Autowired
    RuntimeService runtime;

    @Test
    void theIdMailedAtAltaRegistersTheAppWhoseRecordsAreAcceptedAndTheBajaIsMailedToTheRepresentative()
            throws Exception {
        Fixture fixture = newFixture();
        PoliticalActor actor = actors.findByFolio(fixture.folio()).orElseThrow();
        var person = PEOPLE.nextCitizen();
        roll.put(person.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        String email = person.claveElector().toLowerCase() + "@captacion.example";

        Auxiliar auxiliar = registry.alta(actor, new NewAuxiliar(person.fullName(), email, AuthenticationType.GOOGLE));

        MimeMessage alta = awaitMailTo(email);
        String body = (String) alta.getContent();
        Matcher id = AUXILIAR_ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        String mailedId = id.group();
        assertThat(mailedId).isEqualTo(auxiliar.getAuxiliarId().value());
        assertThat(alta.getSubject()).isEqualTo("Su ID de auxiliar: " + mailedId);
        assertThat(body).contains(person.fullName(), actor.getName(), fixture.folio(), "Cuenta de Google");

        HttpResponse<String> registration = postJson("/api/v1/auxiliares/registro", null,
                PEOPLE.registrationOf(mailedId, person));
        assertThat(registration.statusCode()).as(registration.body()).isEqualTo(201);
        String token = body(registration).get("deviceToken").asText();
        await().atMost(PATIENCE).until(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(mailedId)
                .activityIdIn("Active").count() == 1);

        HttpResponse<String> record = postRaw(json.writeValueAsString(PEOPLE.next(fixture.processCode(),
                fixture.folio(), mailedId, clock.instant().minusSeconds(60))), "application/json", token);
        assertThat(record.statusCode()).as(record.body()).isEqualTo(202);
        JsonNode receipt = body(record);
        assertThat(receipt.get("recordId").asText()).isNotBlank();

        registry.baja(actor, mailedId, BajaCause.YA_NO_TIENE_ACCESO, null, "representante.it", false);
        MimeMessage baja = awaitMailTo(actor.getRepresentativeEmail());
        assertThat(baja.getSubject()).isEqualTo("Baja del auxiliar " + mailedId);
        assertThat((String) baja.getContent()).contains(person.fullName(), BajaCause.YA_NO_TIENE_ACCESO.label());
    }

    private static MimeMessage awaitMailTo(String address) {
        await().atMost(PATIENCE).until(() -> MailServer.messagesTo(address).size() == 1);
        return MailServer.messagesTo(address).get(0);
    }
}
