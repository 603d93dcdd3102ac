package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.NewAuxiliar;

/**
 * Seed tables 4 and 5 computed by hand for four auxiliares at two cut-offs. The auxiliares go
 * through the registry (so they have a status history); their instants are then moved to a known
 * past, and one registers in the app, by rewriting the history's intervals.
 *
 * <pre>
 * x1  alta 14/12/2022 11:58   in the app 20/12/2022 09:00
 * x2  alta 14/12/2022 18:30   (already 15/12 in UTC)   baja 10/01/2023 12:00 cambio de correo
 * x3  alta 10/01/2023 08:00   baja 19/01/2023 20:00 no puede acceder
 * x4  alta 20/01/2023 12:00
 * </pre>
 */
class AuxiliarReportIT extends IntegrationTestBase {

    private static final String CUTOFF_1 = "2023-01-10T10:00";
    private static final String CUTOFF_2 = "2023-01-20T12:48";

    @Autowired
    AuxiliarRegistry registry;
    @Autowired
    AuxiliarReports reports;

    private Fixture fixture;

    @BeforeEach
    void fourAuxiliares() {
        ensureReviewerAndAnalyst();
        fixture = newFixture();
        PoliticalActor actor = actors.findById(fixture.actorId()).orElseThrow();
        Auxiliar x1 = alta(actor, "x1");
        Auxiliar x2 = alta(actor, "x2");
        Auxiliar x3 = alta(actor, "x3");
        Auxiliar x4 = alta(actor, "x4");
        registry.baja(actor, x2.getAuxiliarId(), BajaCause.CAMBIO_DE_CORREO, null, "prueba", false);
        registry.baja(actor, x3.getAuxiliarId(), BajaCause.NO_PUEDE_ACCEDER, null, "prueba", false);

        registeredAt(x1, "2022-12-14T11:58");
        period(x1, "ACTIVO_SIN_REGISTRO_EN_APP", "2022-12-14T11:58", "2022-12-20T09:00");
        jdbc.update("""
                insert into captacion.auxiliar_status_history (auxiliar_id, actor_id, status, valid_from)
                values (?, ?, 'ACTIVO_REGISTRADO_EN_APP', ?)""", x1.getId(), actor.getId(), at("2022-12-20T09:00"));
        registeredAt(x2, "2022-12-14T18:30");
        period(x2, "ACTIVO_SIN_REGISTRO_EN_APP", "2022-12-14T18:30", "2023-01-10T12:00");
        period(x2, "BAJA", "2023-01-10T12:00", null);
        registeredAt(x3, "2023-01-10T08:00");
        period(x3, "ACTIVO_SIN_REGISTRO_EN_APP", "2023-01-10T08:00", "2023-01-19T20:00");
        period(x3, "BAJA", "2023-01-19T20:00", null);
        registeredAt(x4, "2023-01-20T12:00");
        period(x4, "ACTIVO_SIN_REGISTRO_EN_APP", "2023-01-20T12:00", null);
    }

    @Test
    void atTheFirstCutoffTwoAreWaitingForTheAppOneIsInItAndNoneWasGivenABaja() {
        AuxiliarReport report = reports.of(fixture.folio(), instant(CUTOFF_1)).orElseThrow();
        assertThat(report.dias()).extracting(d -> d.fecha().toString(), AuxiliarReport.Day::activosSinRegistro,
                        AuxiliarReport.Day::activosRegistrados, AuxiliarReport.Day::bajas, AuxiliarReport.Day::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2022-12-14", 1L, 1L, 0L, 2L),
                        org.assertj.core.groups.Tuple.tuple("2023-01-10", 1L, 0L, 0L, 1L));
        assertThat(report.total()).isEqualTo(new AuxiliarReport.Day(null, 2, 1, 0, 3));
        assertThat(report.bajas()).allMatch(cause -> cause.total() == 0);
        assertThat(report.totalBajas()).isZero();
    }

    @Test
    void atTheSecondCutoffTheBajasCountByCause() {
        AuxiliarReport report = reports.of(fixture.folio(), instant(CUTOFF_2)).orElseThrow();
        assertThat(report.dias()).extracting(d -> d.fecha().toString(), AuxiliarReport.Day::activosSinRegistro,
                        AuxiliarReport.Day::activosRegistrados, AuxiliarReport.Day::bajas, AuxiliarReport.Day::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2022-12-14", 0L, 1L, 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple("2023-01-10", 0L, 0L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2023-01-20", 1L, 0L, 0L, 1L));
        assertThat(report.total()).isEqualTo(new AuxiliarReport.Day(null, 1, 1, 2, 4));
        assertThat(report.bajas()).filteredOn(cause -> cause.total() > 0)
                .extracting(AuxiliarReport.Cause::causa, AuxiliarReport.Cause::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CAMBIO_DE_CORREO", 1L),
                        org.assertj.core.groups.Tuple.tuple("NO_PUEDE_ACCEDER", 1L));
        assertThat(report.bajas()).first().extracting(AuxiliarReport.Cause::descripcion).isEqualTo("Cambio de correo");
        assertThat(report.totalBajas()).isEqualTo(2);
    }

    @Test
    void theApiThePagesAndTheRepresentativeShowTheSameTables() {
        JsonNode api = body(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-report?cutoff="
                + instant(CUTOFF_2), ANALYST));
        assertThat(api.get("total").get("total").asLong()).isEqualTo(4);
        assertThat(api.get("dias").get(0).get("fecha").asText()).isEqualTo("2022-12-14");
        assertThat(api.get("totalBajas").asLong()).isEqualTo(2);
        assertThat(get("/api/v1/actors/" + fixture.folio() + "/auxiliares-report?cutoff=ayer", ANALYST).statusCode())
                .isEqualTo(400);

        String inePage = get("/avance/auxiliares?folio=" + fixture.folio() + "&corte=" + CUTOFF_2, ANALYST).body();
        assertThat(inePage).contains("4. Auxiliares registrados (corte 20/01/2023 12:48 hrs.)",
                "5. Tipos de baja de auxiliares registrados (corte 20/01/2023 12:48 hrs.)", "14/12/2022", "20/01/2023");

        String own = portal(newRepresentative(fixture)).get("/organizacion/auxiliares/reporte?corte=" + CUTOFF_1).body();
        assertThat(own).contains("Corte: 10/01/2023 10:00 hrs.", "14/12/2022", "10/01/2023").doesNotContain("20/01/2023");
    }

    private Auxiliar alta(PoliticalActor actor, String name) {
        return registry.alta(actor, new NewAuxiliar("Auxiliar " + name,
                name + "." + fixture.folio().toLowerCase() + "@captacion.example", AuthenticationType.CORREO));
    }

    private void registeredAt(Auxiliar auxiliar, String local) {
        jdbc.update("update captacion.auxiliar set registered_at = ? where id = ?", at(local), auxiliar.getId());
    }

    private void period(Auxiliar auxiliar, String status, String from, String to) {
        jdbc.update("update captacion.auxiliar_status_history set valid_from = ?, valid_to = ? where auxiliar_id = ? and status = ?",
                at(from), to == null ? null : at(to), auxiliar.getId(), status);
    }

    private static Timestamp at(String local) {
        return Timestamp.from(instant(local));
    }

    private static Instant instant(String local) {
        return LocalDateTime.parse(local).atZone(CaptureProcess.ZONE).toInstant();
    }
}
