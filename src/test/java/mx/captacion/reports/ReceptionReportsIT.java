package mx.captacion.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.Cutoffs;
import mx.captacion.reports.internal.ReportCatalog;
import mx.captacion.reports.internal.ReportFiles;

/**
 * Seed tables 2 and 8 as of a cut-off, against counts worked out by hand. Records reach the INE
 * through the real ingestion path; since the platform's clock is the real one, their reception
 * instants (and the process's period, the seed's 01/03/2022–31/01/2023) are then moved to the
 * instants each case needs — only {@code received_at}, which is all these reports read.
 *
 * <pre>
 *   r1  actor A  15/04/2022 12:00            CDMX (09)
 *   r2  actor A  31/12/2022 23:59:59.999     CDMX (09)   last instant of December
 *   r3  actor A  01/01/2023 00:00            México (15) first instant of January
 *   r4  actor B  20/01/2023 10:30            México (15) exactly at the cut-off C
 *   r5  actor A  20/01/2023 10:30:00.001     México (15) just after C
 * </pre>
 */
class ReceptionReportsIT extends IntegrationTestBase {

    private static final Instant C = local(2023, 1, 20, 10, 30, 0, 0);

    @Autowired
    ReceptionReports reports;
    @Autowired
    ReceptionRollup rollup;

    private Fixture a;
    private Fixture b;

    @BeforeEach
    void fiveRecords() {
        ensureReviewerAndAnalyst();
        a = newFixture();
        b = otherActorIn(a);
        receivedAt(accepted(submission(a)), local(2022, 4, 15, 12, 0, 0, 0), 9);
        receivedAt(accepted(submission(a)), local(2022, 12, 31, 23, 59, 59, 999), 9);
        receivedAt(accepted(submission(a)), local(2023, 1, 1, 0, 0, 0, 0), 15);
        receivedAt(accepted(submission(b)), C, 15);
        receivedAt(accepted(submission(a)), C.plusMillis(1), 15);
        jdbc.update("update captacion.capture_process set period_start = ?, period_end = ? where code = ?",
                LocalDate.of(2022, 3, 1), LocalDate.of(2023, 1, 31), a.processCode());
        jdbc.update("update captacion.political_actor set registered_at = ? where id = ?",
                Timestamp.from(local(2022, 12, 14, 11, 58, 0, 0)), a.actorId());
        jdbc.update("update captacion.political_actor set registered_at = ? where id = ?",
                Timestamp.from(local(2023, 1, 9, 9, 0, 0, 0)), b.actorId());
    }

    @Test
    void perMonthListsEveryMonthOfThePeriodUpToTheCutOff() {
        RecordsPerMonth atC = reports.perMonth(a.processCode(), C).orElseThrow();
        assertThat(atC.meses()).extracting(RecordsPerMonth.Month::etiqueta).containsExactly("Marzo 2022",
                "Abril 2022", "Mayo 2022", "Junio 2022", "Julio 2022", "Agosto 2022", "Septiembre 2022",
                "Octubre 2022", "Noviembre 2022", "Diciembre 2022", "Enero 2023");
        assertThat(atC.meses()).extracting(RecordsPerMonth.Month::total)
                .containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(atC.meses()).extracting(RecordsPerMonth.Month::cons).startsWith(1, 2).endsWith(11);
        assertThat(atC.total()).isEqualTo(4);

        RecordsPerMonth justAfter = reports.perMonth(a.processCode(), C.plusMillis(1)).orElseThrow();
        assertThat(justAfter.meses().get(10).total()).isEqualTo(3);
        assertThat(justAfter.total()).isEqualTo(5);

        RecordsPerMonth endOfDecember = reports.perMonth(a.processCode(), local(2022, 12, 31, 23, 59, 59, 999))
                .orElseThrow();
        assertThat(endOfDecember.meses()).hasSize(10);
        assertThat(endOfDecember.meses().get(9).mes()).isEqualTo(YearMonth.of(2022, 12));
        assertThat(endOfDecember.meses().get(9).total()).isEqualTo(1);
        assertThat(endOfDecember.total()).isEqualTo(2);
        assertThat(reports.perMonth(a.processCode(), local(2022, 12, 31, 23, 59, 59, 998)).orElseThrow().total())
                .isEqualTo(1);

        RecordsPerMonth beforeThePeriod = reports.perMonth(a.processCode(), local(2022, 1, 1, 0, 0, 0, 0)).orElseThrow();
        assertThat(beforeThePeriod.meses()).isEmpty();
        assertThat(beforeThePeriod.total()).isZero();
        assertThat(reports.perMonth("NO-EXISTE", C)).isEmpty();
    }

    @Test
    void perStateAndPerActorBreakTheSameCountsDown() {
        RecordsPerMonthBy byState = reports.perMonthByState(a.processCode(), C).orElseThrow();
        assertThat(byState.meses()).hasSize(11).startsWith("Marzo 2022").endsWith("Enero 2023");
        assertThat(byState.filas()).extracting(RecordsPerMonthBy.Row::clave).containsExactly("09", "15");
        assertThat(byState.filas().get(0).porMes()).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(byState.filas().get(1).porMes()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L);
        assertThat(byState.filas()).extracting(RecordsPerMonthBy.Row::total).containsExactly(2L, 2L);
        assertThat(byState.totales()).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 2L);
        assertThat(byState.total()).isEqualTo(4);

        RecordsPerMonthBy byActor = reports.perMonthByActor(a.processCode(), C).orElseThrow();
        assertThat(byActor.filas()).extracting(RecordsPerMonthBy.Row::clave).containsExactly(a.folio(), b.folio());
        assertThat(byActor.filas()).extracting(RecordsPerMonthBy.Row::total).containsExactly(3L, 1L);
        assertThat(byActor.filas().get(1).porMes().get(10)).isEqualTo(1L);
        assertThat(byActor.total()).isEqualTo(4);

        // before B was registered it has no row; A's January record is not there yet either
        RecordsPerMonthBy early = reports.perMonthByActor(a.processCode(), local(2023, 1, 5, 0, 0, 0, 0)).orElseThrow();
        assertThat(early.filas()).extracting(RecordsPerMonthBy.Row::clave).containsExactly(a.folio());
        assertThat(early.total()).isEqualTo(3);
    }

    @Test
    void perDayCountsTheActorsRecordsByDayOfReception() {
        RecordsPerDay atC = reports.perDay(a.folio(), C).orElseThrow();
        assertThat(atC.dias()).extracting(RecordsPerDay.Day::fecha).containsExactly(LocalDate.of(2022, 4, 15),
                LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1));
        assertThat(atC.dias()).extracting(RecordsPerDay.Day::cons).containsExactly(1, 2, 3);
        assertThat(atC.total()).isEqualTo(3);

        RecordsPerDay after = reports.perDay(a.folio(), C.plusMillis(1)).orElseThrow();
        assertThat(after.dias()).hasSize(4);
        assertThat(after.dias().get(3).fecha()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(after.total()).isEqualTo(4);

        RecordsPerDay other = reports.perDay(b.folio(), C).orElseThrow();
        assertThat(other.dias()).singleElement().extracting(RecordsPerDay.Day::total).isEqualTo(1L);
        assertThat(reports.perDay(b.folio(), C.minusNanos(1000)).orElseThrow().dias()).isEmpty();
    }

    @Test
    void theApiAnswersTheReportsAtTheCutOffToIneStaffOnly() {
        String month = "/api/v1/processes/" + a.processCode() + "/records-per-month?cutoff=" + C;
        JsonNode perMonth = body(get(month, ANALYST));
        assertThat(perMonth.get("total").asLong()).isEqualTo(4);
        assertThat(perMonth.get("meses")).hasSize(11);
        assertThat(perMonth.get("meses").get(10).get("etiqueta").asText()).isEqualTo("Enero 2023");
        assertThat(perMonth.get("meses").get(10).get("total").asLong()).isEqualTo(2);
        assertThat(get(month, REVIEWER).statusCode()).isEqualTo(403);

        JsonNode byState = body(get("/api/v1/processes/" + a.processCode() + "/records-per-month-by-state?cutoff="
                + C, ANALYST));
        assertThat(byState.get("filas").get(1).get("nombre").asText()).isEqualTo("México");
        JsonNode byActor = body(get("/api/v1/processes/" + a.processCode() + "/records-per-month-by-actor?cutoff="
                + C, ANALYST));
        assertThat(byActor.get("filas").get(0).get("total").asLong()).isEqualTo(3);

        JsonNode perDay = body(get("/api/v1/actors/" + a.folio() + "/records-per-day?cutoff=" + C, ANALYST));
        assertThat(perDay.get("total").asLong()).isEqualTo(3);
        assertThat(perDay.get("dias").get(2).get("fecha").asText()).isEqualTo("2023-01-01");

        HttpResponse<String> unknown = get("/api/v1/processes/NO-EXISTE/records-per-month", ANALYST);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("code").asText()).isEqualTo("PROCESO_DESCONOCIDO");
        assertThat(body(get("/api/v1/actors/F999999999999998/records-per-day", ANALYST)).get("code").asText())
                .isEqualTo("ACTOR_DESCONOCIDO");
        assertThat(get("/api/v1/actors/" + a.folio() + "/records-per-day?cutoff=ayer", ANALYST).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCsvStatesTheCutOffAndHoldsTheTable() throws Exception {
        HttpResponse<byte[]> file = getBytes("/api/v1/processes/" + a.processCode()
                + "/reports/recepcion-por-mes.csv?cutoff=" + C, ANALYST);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("recepcion-por-mes_" + a.processCode() + "_corte-2023-01-20-1030.csv");
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new java.io.StringReader(text.substring(1))).getRecords();
        assertThat(lines.get(0).get(0)).isEqualTo("2. Recepción de registros ciudadanos captados con la aplicación "
                + "móvil por mes (corte 20/01/2023 10:30 hrs.)");
        assertThat(lines.get(2).toList()).containsExactly("Cons.", "Mes y año", "Total de registros recibidos");
        assertThat(lines.get(4).toList()).containsExactly("2", "Abril 2022", "1");
        assertThat(lines.get(13).toList()).containsExactly("11", "Enero 2023", "2");
        assertThat(lines.get(14).toList()).containsExactly("Total", "", "4");
        assertThat(lines).hasSize(15);

        String perDay = new String(getBytes("/api/v1/actors/" + a.folio() + "/reports/recepcion-por-dia.csv?cutoff="
                + C.plusMillis(1), ANALYST).body(), StandardCharsets.UTF_8);
        assertThat(perDay).contains("8. Reporte de recepción por día (corte 20/01/2023 10:30 hrs.)",
                "4,20/01/2023,1\r\n", "Total,,4\r\n");
        assertThat(getBytes("/api/v1/actors/" + a.folio() + "/reports/no-existe.csv", ANALYST).statusCode()).isEqualTo(404);
        assertThat(getBytes("/api/v1/actors/" + a.folio() + "/reports/avance.pdf", ANALYST).statusCode()).isEqualTo(404);
    }

    @Test
    void theXlsxStatesTheCutOffAndHoldsTypedCells() throws Exception {
        HttpResponse<byte[]> file = getBytes("/api/v1/processes/" + a.processCode()
                + "/reports/recepcion-por-mes-por-entidad.xlsx?cutoff=" + C, ANALYST);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(ReportFiles.XLSX_TYPE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Recepción de registros ciudadanos por mes y entidad (corte 20/01/2023 10:30 hrs.)");
            assertThat(cells(sheet.getRow(2))).startsWith("Clave", "Entidad", "Marzo 2022").endsWith("Enero 2023", "Total");
            Row cdmx = sheet.getRow(3);
            assertThat(cdmx.getCell(0).getStringCellValue()).isEqualTo("09");
            assertThat(cdmx.getCell(3).getNumericCellValue()).isEqualTo(1.0); // Abril 2022
            assertThat(cdmx.getCell(13).getNumericCellValue()).isEqualTo(2.0); // Total
            Row total = sheet.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(2.0); // Enero 2023
            assertThat(total.getCell(13).getNumericCellValue()).isEqualTo(4.0);
        }

        HttpResponse<byte[]> perDay = getBytes("/api/v1/actors/" + a.folio() + "/reports/recepcion-por-dia.xlsx?cutoff="
                + C, ANALYST);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(perDay.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("(corte 20/01/2023 10:30 hrs.)");
            assertThat(sheet.getRow(5).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void everyReportDownloadsInBothFormats() throws Exception {
        for (String report : ReportCatalog.PROCESS_REPORTS) {
            for (String format : List.of("csv", "xlsx")) {
                HttpResponse<byte[]> file = getBytes("/api/v1/processes/" + a.processCode() + "/reports/" + report
                        + "." + format + "?cutoff=" + C, ANALYST);
                assertThat(file.statusCode()).as(report + "." + format).isEqualTo(200);
                assertThat(firstLine(file.body(), format)).as(report).contains("(corte 20/01/2023 10:30 hrs.)");
            }
        }
        for (String report : ReportCatalog.ACTOR_REPORTS) {
            for (String format : List.of("csv", "xlsx")) {
                HttpResponse<byte[]> file = getBytes("/api/v1/actors/" + a.folio() + "/reports/" + report
                        + "." + format + "?cutoff=" + C, ANALYST);
                assertThat(file.statusCode()).as(report + "." + format).isEqualTo(200);
                assertThat(firstLine(file.body(), format)).as(report).contains("(corte 20/01/2023 10:30 hrs.)");
            }
        }
    }

    private static String firstLine(byte[] content, String format) throws Exception {
        if (format.equals("csv")) {
            return new String(content, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    @Test
    void theDailyRollupAnswersTheSameAndIsWhatTheProcessWideReportsRead() {
        List<Instant> cutoffs = List.of(C, C.plusMillis(1), local(2022, 12, 31, 23, 59, 59, 999),
                local(2023, 1, 1, 0, 0, 0, 0), local(2022, 4, 15, 11, 59, 59, 0), local(2023, 1, 20, 0, 0, 0, 0));
        List<String> before = processWide(cutoffs);

        JsonNode counted = body(postJson("/api/v1/processes/" + a.processCode() + "/reception-rollup", ANALYST, Map.of()));
        assertThat(counted.get("contadoHasta").asText()).isNotEmpty();
        assertThat(jdbc.queryForObject("select sum(records) from captacion.reception_day d join captacion.capture_process p"
                + " on p.id = d.process_id where p.code = ?", Long.class, a.processCode())).isEqualTo(5);
        assertThat(processWide(cutoffs)).isEqualTo(before);

        // Proof that the counted days are read, not the records: a reception instant never changes in
        // the platform, so a record moved behind the rollup's back keeps its counted month.
        jdbc.update("update captacion.citizen_record set received_at = ? where received_at = ? and process_id = "
                        + "(select id from captacion.capture_process where code = ?)",
                Timestamp.from(local(2022, 5, 15, 12, 0, 0, 0)), Timestamp.from(local(2022, 4, 15, 12, 0, 0, 0)),
                a.processCode());
        assertThat(reports.perMonth(a.processCode(), C).orElseThrow().meses().get(1).total()).isEqualTo(1);
        // a recount (the seed replay's, after writing the past) counts the days again from the records
        rollup.recount(rollup.processId(a.processCode()).orElseThrow());
        assertThat(reports.perMonth(a.processCode(), C).orElseThrow().meses().subList(1, 3))
                .extracting(RecordsPerMonth.Month::total).containsExactly(0L, 1L);
        assertThat(body(postJson("/api/v1/processes/NO-EXISTE-" + UUID.randomUUID() + "/reception-rollup", ANALYST,
                Map.of())).get("code").asText()).isEqualTo("PROCESO_DESCONOCIDO");
    }

    private List<String> processWide(List<Instant> cutoffs) {
        List<String> answers = new ArrayList<>();
        for (Instant cutoff : cutoffs) {
            answers.add(reports.perMonth(a.processCode(), cutoff).orElseThrow().toString());
            answers.add(reports.perMonthByState(a.processCode(), cutoff).orElseThrow().toString());
            answers.add(reports.perMonthByActor(a.processCode(), cutoff).orElseThrow().toString());
        }
        return answers;
    }

    /** Once the record rests at the control desk, nothing rewrites its row: its reception is moved. */
    private void receivedAt(UUID record, Instant received, int entidad) {
        awaitStatus(record, "EN_MESA_DE_CONTROL");
        jdbc.update("update captacion.citizen_record set received_at = ?, captured_at = ?, entidad = ? where id = ?",
                Timestamp.from(received), Timestamp.from(received.minusSeconds(60)), entidad, record);
    }

    static Instant local(int year, int month, int day, int hour, int minute, int second, int millis) {
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).atZone(Cutoffs.ZONE).toInstant();
    }
}
