package mx.captacion.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ReadingRecords;
import mx.captacion.roll.ElectoralRoll;

/**
 * The help desk alone, with the modules it names (actors, auxiliares, mail, the bitácora): a ticket
 * opened from a phone call is stored with its {@code support-ticket} process and found by the
 * search by name; a ticket without its channel is refused with its code. Records, which the help
 * desk never reads, are not started.
 */
@ModuleIntegrationTest
class HelpDeskModuleIT {

    /** Auxiliares' dependency, not the help desk's: a module test starts direct dependencies only. */
    @MockitoBean
    ElectoralRoll roll;

    @Autowired
    OpeningTicket opening;
    @Autowired
    SearchingCases searching;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationContext context;

    @Test
    void aCallIsStoredWithItsProcessAndFoundByTheRequestersName() {
        String surname = randomLetters(12);
        Ticket ticket = opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO,
                "Ramona Íñiguez " + surname, null, "No puedo entrar al portal", "Olvidé mi contraseña.",
                null, null, null, List.of(TicketType.ACCESO_PORTAL), null, null, "inetel.modulo.it"));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SupportTicketProcess.KEY)
                .processInstanceBusinessKey(ticket.getId().toString()).count()).isEqualTo(1);
        SearchingCases.Evidence evidence = searching.byName("  " + surname.toUpperCase() + " ", "mato.modulo.it");
        assertThat(evidence.searchedBy()).isEqualTo("mato.modulo.it");
        assertThat(evidence.found()).singleElement().satisfies(found -> {
            assertThat(found.id()).isEqualTo(ticket.getId());
            assertThat(found.number()).isEqualTo(ticket.number());
            assertThat(found.requester()).isEqualTo("Ramona Íñiguez " + surname);
            assertThat(found.channel()).isEqualTo(TicketChannel.TELEFONO.label());
            assertThat(found.subject()).isEqualTo("No puedo entrar al portal");
        });
    }

    @Test
    void aTicketWithoutItsChannelOrATooShortSearchIsRefusedWithItsCode() {
        assertThatThrownBy(() -> opening.open(new NewTicket(null, HelpDeskLevel.MATO, "Ramona", null, "Motivo",
                "Descripción", null, null, null, List.of(), null, null, "inetel.modulo.it")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("CANAL_REQUERIDO");
                    assertThat(problem.httpStatus()).isEqualTo(400);
                    assertThat(problem.getMessage()).isEqualTo("Indique el medio por el que llegó el reporte.");
                });
        assertThatThrownBy(() -> opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, " ", null,
                "Motivo", "Descripción", null, null, null, List.of(), null, null, "inetel.modulo.it")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("DATO_REQUERIDO");
                    assertThat(problem.getMessage()).isEqualTo("Falta el nombre de quien reporta.");
                });
        assertThatThrownBy(() -> opening.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, "Ramona",
                null, "m".repeat(301), "Descripción", null, null, null, List.of(), null, null, "inetel.modulo.it")))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("DATO_DEMASIADO_LARGO");
                    assertThat(problem.getMessage()).isEqualTo("Se admiten hasta 300 caracteres en el motivo del reporte.");
                });
        assertThatThrownBy(() -> searching.byName("ab", "mato.modulo.it"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("BUSQUEDA_MUY_CORTA"));
    }

    @Test
    void recordsAreNotStarted() {
        assertThat(context.getBeanNamesForType(ReadingRecords.class)).isEmpty();
    }

    private static String randomLetters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
