package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.mail.Mails;
import mx.captacion.platform.Roles;
import mx.captacion.roll.ElectoralRoll;

/**
 * The reports alone (with the actors, auxiliares, records, identity and the platform): a stored
 * process is read back as table 2, and a download of a report or format that does not exist is
 * refused with its code. The modules those dependencies stand on (the roll, the access log, the
 * mails) are not started: mocks stand in for them.
 */
@ModuleIntegrationTest
@AutoConfigureMockMvc
class ReportsModuleIT {

    @Autowired
    ReceptionReports reception;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @MockitoBean
    ElectoralRoll roll;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Mails mails;

    @Test
    void aStoredProcessIsReadBackAsItsRecordsPerMonth() {
        CaptureProcess process = newProcess();

        RecordsPerMonth perMonth = reception.perMonth(process.getCode(), Instant.now()).orElseThrow();

        assertThat(perMonth.process()).isEqualTo(process.getCode());
        assertThat(perMonth.processName()).isEqualTo(process.getName());
        assertThat(perMonth.meses()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> assertThat(m.total()).isZero());
        assertThat(perMonth.total()).isZero();
        assertThat(reception.perMonth("NO-EXISTE-" + UUID.randomUUID(), Instant.now())).isEmpty();
    }

    @Test
    @WithMockUser(authorities = Roles.INE_ADMIN)
    void aDownloadOfAReportOrFormatThatDoesNotExistIsRefusedWithItsCode() throws Exception {
        String code = newProcess().getCode();
        mvc.perform(get("/api/v1/processes/" + code + "/reports/no-existe.csv"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("REPORTE_DESCONOCIDO"))
                .andExpect(jsonPath("$.message").value("No existe el reporte 'no-existe'."));
        mvc.perform(get("/api/v1/processes/" + code + "/reports/recepcion-por-mes.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("FORMATO_DESCONOCIDO"))
                .andExpect(jsonPath("$.message").value("El formato 'pdf' no existe; use csv o xlsx."));
    }

    @Test
    void startsWithoutTheModulesItDoesNotDependOn() {
        assertThat(context.getBeanNamesForType(ReceptionReports.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(OpeningTicket.class)).isEmpty();
    }

    private CaptureProcess newProcess() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(CaptureProcess.ZONE).minusMonths(3).withDayOfMonth(1);
        return processes.save(new CaptureProcess("MOD-" + suffix, "Proceso del módulo " + suffix, start,
                start.plusMonths(6)));
    }
}
