package mx.captacion.nota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.auxiliares.RegisteringInApp;
import mx.captacion.helpdesk.internal.IncomingMails;
import mx.captacion.mail.Mails;
import mx.captacion.nota.internal.NotaInformativa;
import mx.captacion.nota.internal.PreparingNota;
import mx.captacion.platform.Roles;

/**
 * The nota informativa alone (with the actors, records, reports, help desk, access log and the
 * platform): a stored actor's nota is prepared at a cut-off, and the PDF of an actor that does not
 * exist is refused. The modules those dependencies stand on (the auxiliares, the mails) are not
 * started: mocks stand in for them, and for the help desk's incoming mails, which read the mail
 * module's settings.
 */
@ModuleIntegrationTest
@AutoConfigureMockMvc
class NotaModuleIT {

    @Autowired
    PreparingNota preparing;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    PoliticalActors actors;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    Auxiliares auxiliares;
    @MockitoBean
    Mails mails;
    @MockitoBean
    IncomingMails incomingMails;

    @Test
    void aStoredActorsNotaIsPreparedAtACutoff() {
        PoliticalActor actor = newActor();
        Instant cutoff = Instant.now();

        NotaInformativa nota = preparing.of(actor.getFolio().value(), cutoff).orElseThrow();

        assertThat(nota.folio()).isEqualTo(actor.getFolio().value());
        assertThat(nota.actor()).isEqualTo(actor.getName());
        assertThat(nota.processCode()).isEqualTo(actor.getProcess().getCode());
        assertThat(nota.cutoff()).isEqualTo(cutoff);
        assertThat(nota.recordsPerDay().rows()).isEmpty();
        assertThat(preparing.of("F999999999999999", cutoff)).isEmpty();
    }

    @Test
    @WithMockUser(authorities = Roles.INE_ADMIN)
    void thePdfOfAnActorThatDoesNotExistIsRefused() throws Exception {
        mvc.perform(get("/avance/nota.pdf").param("folio", "F999999999999999")).andExpect(status().isNotFound());
    }

    @Test
    void startsWithoutTheModulesItDoesNotDependOn() {
        assertThat(context.getBeanNamesForType(PreparingNota.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(RegisteringInApp.class)).isEmpty();
    }

    private PoliticalActor newActor() {
        String suffix = "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
        LocalDate start = LocalDate.now(CaptureProcess.ZONE).minusMonths(2);
        CaptureProcess process = processes.save(new CaptureProcess("NOTA-" + suffix, "Proceso de la nota " + suffix,
                start, start.plusMonths(6)));
        return actors.save(new PoliticalActor(process, new Folio("F00000" + suffix + "1"), "Agrupación " + suffix,
                "Representación " + suffix, "rep" + suffix + "@captacion.example", Instant.now().minusSeconds(3600)));
    }
}
