package mx.captacion.reports;

import static mx.captacion.reports.ReceptionReportsIT.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;

/**
 * The reception pages and the portal's downloads: INE staff see any process and actor; a
 * representative sees its own actor only, and another actor's folio is answered as not found.
 */
class ReceptionPagesIT extends IntegrationTestBase {

    private Fixture a;
    private Fixture b;

    @BeforeEach
    void threeRecords() {
        ensureReviewerAndAnalyst();
        a = newFixture();
        b = otherActorIn(a);
        receivedAt(accepted(submission(a)), local(2022, 12, 14, 12, 0, 0, 0));
        receivedAt(accepted(submission(a)), local(2023, 1, 18, 9, 0, 0, 0));
        receivedAt(accepted(submission(b)), local(2023, 1, 19, 9, 0, 0, 0));
        jdbc.update("update captacion.capture_process set period_start = ?, period_end = ? where code = ?",
                LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 31), a.processCode());
    }

    @Test
    void ineStaffSeeTheProcessPerMonthPerStateAndPerActorWithItsChart() {
        HttpResponse<String> page = get("/avance/recepcion?proceso=" + a.processCode() + "&corte=2023-01-20T10:30",
                ANALYST);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(
                "2. Recepción de registros ciudadanos captados con la aplicación móvil por mes (corte 20/01/2023 10:30 hrs.)",
                "3. Gráfica de recepción de registros ciudadanos recibidos por mes (corte 20/01/2023 10:30 hrs.)",
                "Recepción de registros ciudadanos por mes y entidad (corte 20/01/2023 10:30 hrs.)",
                "Recepción de registros ciudadanos por mes y actor político (corte 20/01/2023 10:30 hrs.)",
                "data-labels=\"[&quot;Diciembre 2022&quot;,&quot;Enero 2023&quot;]\"", "data-values=\"[1,2]\"",
                "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/avance/descargas/procesos/" + a.processCode() + "/recepcion-por-mes.xlsx?corte=2023-01-20T10:30",
                a.folio(), b.folio());
        String perMonth = table(page.body(), "tabla-por-mes");
        assertThat(perMonth).contains("<td>Diciembre 2022</td>", "<td>Enero 2023</td>");
        assertThat(perMonth.substring(perMonth.indexOf("<tfoot>"))).contains("<td class=\"num\">3</td>");

        HttpResponse<String> earlier = get("/avance/recepcion?proceso=" + a.processCode() + "&corte=2023-01-18T08:59",
                ANALYST);
        assertThat(earlier.body()).contains("data-values=\"[1,0]\"", "(corte 18/01/2023 08:59 hrs.)");
        assertThat(get("/avance/recepcion?proceso=" + a.processCode() + "&corte=ayer", ANALYST).body())
                .contains("El corte no es una fecha y hora válida.");
        assertThat(get("/avance/recepcion?proceso=NO-EXISTE", ANALYST).body())
                .contains("No existe el proceso de captación");
    }

    @Test
    void ineStaffSeeAnyActorsPerDayAndDownloadAnyReport() throws Exception {
        HttpResponse<String> page = get("/avance/recepcion-diaria?folio=" + a.folio() + "&corte=2023-01-20T00:07",
                ANALYST);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("8. Reporte de recepción por día (corte 20/01/2023 00:07 hrs.)",
                "9. Gráfica de recepción de registros ciudadanos por día (corte 20/01/2023 00:07 hrs.)",
                "<td>14/12/2022</td>", "<td>18/01/2023</td>", "data-values=\"[1,1]\"");

        HttpResponse<byte[]> file = getBytes("/avance/descargas/actores/" + b.folio()
                + "/recepcion-por-dia.xlsx?corte=2023-01-20T00:07", ANALYST);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("recepcion-por-dia_" + b.folio() + "_corte-2023-01-20-0007.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 1, 19));
        }
        String csv = new String(getBytes("/avance/descargas/procesos/" + a.processCode()
                + "/actores-por-dia.csv?corte=2023-01-20T12:00", ANALYST).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("1. Agrupaciones políticas registradas por día (corte 20/01/2023 12:00 hrs.)");
        assertThat(getBytes("/avance/descargas/actores/" + a.folio() + "/avance.csv?corte=ayer", ANALYST).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRepresentativeSeesAndDownloadsItsOwnActorOnly() {
        String representative = newRepresentative(a);

        HttpResponse<String> own = get("/organizacion/recepcion-diaria?corte=2023-01-20T00:07", representative);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(a.folio(), "data-values=\"[1,1]\"", "/organizacion/descargas/recepcion-por-dia.csv")
                .doesNotContain(b.folio());
        assertThat(get("/organizacion/recepcion-diaria?folio=" + a.folio(), representative).statusCode()).isEqualTo(200);

        HttpResponse<String> other = get("/organizacion/recepcion-diaria?folio=" + b.folio(), representative);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("No se encontró el actor político con folio " + b.folio() + " en su organización.");

        HttpResponse<byte[]> ownFile = getBytes("/organizacion/descargas/recepcion-por-dia.csv?corte=2023-01-20T00:07",
                representative);
        assertThat(ownFile.statusCode()).isEqualTo(200);
        assertThat(new String(ownFile.body(), StandardCharsets.UTF_8)).contains(a.folio(), "Total,,2");
        assertThat(getBytes("/organizacion/descargas/recepcion-por-dia.csv?folio=" + b.folio(), representative)
                .statusCode()).isEqualTo(404);
        assertThat(getBytes("/organizacion/descargas/avance.xlsx", representative).statusCode()).isEqualTo(200);

        assertThat(get("/avance/recepcion?proceso=" + a.processCode(), representative).statusCode()).isEqualTo(403);
        assertThat(getBytes("/avance/descargas/actores/" + b.folio() + "/avance.csv", representative).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/actors/" + b.folio() + "/records-per-day", representative).statusCode()).isEqualTo(403);
    }

    @Test
    void everyReportPageLinksItsDownloadsAtItsCutOff() {
        String representative = newRepresentative(a);
        String corte = "corte=2023-01-20T12:48";
        assertThat(get("/avance?folio=" + a.folio() + "&" + corte, ANALYST).body()).contains(
                "/avance/descargas/actores/" + a.folio() + "/avance.csv?" + corte,
                "/avance/descargas/actores/" + a.folio() + "/inconsistencias.xlsx?" + corte);
        assertThat(get("/avance/auxiliares?folio=" + a.folio() + "&" + corte, ANALYST).body()).contains(
                "/avance/descargas/actores/" + a.folio() + "/auxiliares.xlsx?" + corte,
                "/avance/descargas/actores/" + a.folio() + "/bajas.csv?" + corte);
        assertThat(get("/avance/umbral?folio=" + a.folio() + "&" + corte, ANALYST).body())
                .contains("/avance/descargas/actores/" + a.folio() + "/umbral.xlsx?" + corte);
        assertThat(get("/procesos/" + a.processCode() + "/actores-por-dia?" + corte, ANALYST).body())
                .contains("/avance/descargas/procesos/" + a.processCode() + "/actores-por-dia.csv?" + corte);
        assertThat(get("/organizacion/avance?" + corte, representative).body())
                .contains("/organizacion/descargas/avance.xlsx?" + corte);
        assertThat(get("/organizacion/auxiliares/reporte?" + corte, representative).body())
                .contains("/organizacion/descargas/bajas.csv?" + corte);
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private void receivedAt(UUID record, Instant received) {
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        jdbc.update("update captacion.citizen_record set received_at = ?, captured_at = ? where id = ?",
                Timestamp.from(received), Timestamp.from(received.minusSeconds(60)), record);
    }
}
