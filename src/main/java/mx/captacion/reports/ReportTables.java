package mx.captacion.reports;

import java.util.ArrayList;
import java.util.List;

import mx.captacion.actors.ActorsPerDay;

/**
 * Every report as a {@link ReportTable}, with the seed's captions and column headers (the seed's
 * wording is the INE's, so it is kept verbatim, e.g. "Cuenta de Correo electrónico" for bajas).
 */
public final class ReportTables {

    private static final String TOTAL = "Total";

    private ReportTables() {
    }

    /** Seed table 1. */
    public static ReportTable actorsPerDay(ActorsPerDay report) {
        List<List<Object>> rows = new ArrayList<>();
        report.days().forEach(d -> rows.add(List.of(d.cons(), d.day(), d.registered())));
        return new ReportTable("1", "Agrupaciones políticas registradas por día",
                report.processName() + " (" + report.process() + ")", report.cutoff(),
                List.of("Cons.", "Día de registro de agrupaciones políticas registradas",
                        "Total de agrupaciones políticas registradas"),
                rows, totalRow(3, report.total()), ReportTable.fileName("actores-por-dia", report.process(), report.cutoff()));
    }

    /** Seed table 2 (figure 3's data). */
    public static ReportTable recordsPerMonth(RecordsPerMonth report) {
        List<List<Object>> rows = new ArrayList<>();
        report.meses().forEach(m -> rows.add(List.of(m.cons(), m.etiqueta(), m.total())));
        return new ReportTable("2", "Recepción de registros ciudadanos captados con la aplicación móvil por mes",
                report.processName() + " (" + report.process() + ")", report.cutoff(),
                List.of("Cons.", "Mes y año", "Total de registros recibidos"), rows, totalRow(3, report.total()),
                ReportTable.fileName("recepcion-por-mes", report.process(), report.cutoff()));
    }

    /** Table 2 per state or per actor: one row each, one column per month. */
    public static ReportTable recordsPerMonthBy(RecordsPerMonthBy report) {
        boolean byState = report.desglose() == RecordsPerMonthBy.Breakdown.ENTIDAD;
        List<String> headers = new ArrayList<>(byState ? List.of("Clave", "Entidad") : List.of("Folio", "Actor político"));
        headers.addAll(report.meses());
        headers.add(TOTAL);
        List<List<Object>> rows = new ArrayList<>();
        for (RecordsPerMonthBy.Row row : report.filas()) {
            List<Object> cells = new ArrayList<>(List.of(row.clave(), row.nombre()));
            cells.addAll(row.porMes());
            cells.add(row.total());
            rows.add(cells);
        }
        List<Object> total = new ArrayList<>(List.of(TOTAL, ""));
        total.addAll(report.totales());
        total.add(report.total());
        return new ReportTable(null, byState ? "Recepción de registros ciudadanos por mes y entidad"
                : "Recepción de registros ciudadanos por mes y actor político",
                report.processName() + " (" + report.process() + ")", report.cutoff(), headers, rows, total,
                ReportTable.fileName(byState ? "recepcion-por-mes-por-entidad" : "recepcion-por-mes-por-actor",
                        report.process(), report.cutoff()));
    }

    /** Seed table 4. */
    public static ReportTable auxiliares(AuxiliarReport report) {
        List<List<Object>> rows = new ArrayList<>();
        int cons = 0;
        for (AuxiliarReport.Day d : report.dias()) {
            rows.add(List.of(++cons, d.fecha(), d.activosSinRegistro(), d.activosRegistrados(), d.bajas(), d.total()));
        }
        AuxiliarReport.Day t = report.total();
        return new ReportTable("4", "Auxiliares registrados", subject(report.actor(), report.folio()), report.cutoff(),
                List.of("Cons.", "Fecha registro de auxiliares", "Auxiliares activos sin registro en la aplicación móvil",
                        "Auxiliares activos registrados en la aplicación móvil", "Auxiliares dados de baja",
                        "Total auxiliares"),
                rows, List.of(TOTAL, "", t.activosSinRegistro(), t.activosRegistrados(), t.bajas(), t.total()),
                ReportTable.fileName("auxiliares", report.folio(), report.cutoff()));
    }

    /** Seed table 5. */
    public static ReportTable bajas(AuxiliarReport report) {
        List<List<Object>> rows = new ArrayList<>();
        int cons = 0;
        for (AuxiliarReport.Cause c : report.bajas()) {
            rows.add(List.of(++cons, c.descripcion(), c.total()));
        }
        return new ReportTable("5", "Tipos de baja de auxiliares registrados", subject(report.actor(), report.folio()),
                report.cutoff(), List.of("Cons.", "Causas Baja registradas", "Cuenta de Correo electrónico"), rows,
                totalRow(3, report.totalBajas()), ReportTable.fileName("bajas", report.folio(), report.cutoff()));
    }

    /** Seed table 6: one row, no total. */
    public static ReportTable progress(Progress report) {
        return new ReportTable("6", "Reporte de avance preliminar", subject(report.actor(), report.folio()),
                report.cutoff(),
                List.of("Registros afiliados enviados al INE", "Registros para envío a compulsas", "Registros duplicados",
                        "Registros con inconsistencia", "Registros en mesa de control", "Registros en procesamiento"),
                List.of(List.of(report.total(), report.paraCompulsa(), report.duplicados(), report.conInconsistencia(),
                        report.enMesaDeControl(), report.enProcesamiento())),
                null, ReportTable.fileName("avance", report.folio(), report.cutoff()));
    }

    /** Seed table 7. */
    public static ReportTable inconsistencies(Progress report) {
        List<List<Object>> rows = new ArrayList<>();
        int cons = 0;
        for (Progress.InconsistencyCount c : report.inconsistencias()) {
            rows.add(List.of(++cons, c.descripcion(), c.total()));
        }
        return new ReportTable("7", "Tipo de inconsistencias preliminar", subject(report.actor(), report.folio()),
                report.cutoff(), List.of("Cons.", "Tipo de inconsistencia", "Total de registros"), rows,
                totalRow(3, report.conInconsistencia()),
                ReportTable.fileName("inconsistencias", report.folio(), report.cutoff()));
    }

    /** Seed table 8 (figure 9's data). */
    public static ReportTable recordsPerDay(RecordsPerDay report) {
        List<List<Object>> rows = new ArrayList<>();
        report.dias().forEach(d -> rows.add(List.of(d.cons(), d.fecha(), d.total())));
        return new ReportTable("8", "Reporte de recepción por día", subject(report.actor(), report.folio()),
                report.cutoff(), List.of("Cons.", "Fecha recepción", "Total de registros"), rows,
                totalRow(3, report.total()), ReportTable.fileName("recepcion-por-dia", report.folio(), report.cutoff()));
    }

    /** Progress against the process's requirement, per state. */
    public static ReportTable threshold(Threshold report) {
        List<List<Object>> rows = new ArrayList<>();
        report.entidades().forEach(s -> rows.add(List.of(s.numero(), s.entidad(), s.validos(), s.pendientes())));
        return new ReportTable(null, "Avance contra el requisito: " + ReportTable.text(report.registrosRequeridos())
                + " registros válidos en " + report.entidadesRequeridas() + " entidades",
                subject(report.actor(), report.folio()), report.cutoff(),
                List.of("Clave", "Entidad", "Registros válidos", "Registros pendientes"), rows,
                List.of(TOTAL, "", report.validos(), report.pendientes()),
                ReportTable.fileName("umbral", report.folio(), report.cutoff()));
    }

    /** Whose report it is, as the tables' subject line says it: "Humanismo Mexicano A.C. (F2212…)". */
    public static String subject(String actor, String folio) {
        return actor + " (" + folio + ")";
    }

    /** "Total", blanks, and the total in the last column. */
    private static List<Object> totalRow(int width, long total) {
        List<Object> row = new ArrayList<>();
        row.add(TOTAL);
        for (int i = 1; i < width - 1; i++) {
            row.add("");
        }
        row.add(total);
        return row;
    }
}
