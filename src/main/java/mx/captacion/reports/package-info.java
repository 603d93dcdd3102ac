/**
 * Reports: the seed's tables as of a cut-off — reception per month, state, actor and day, the
 * auxiliares and their bajas, the progress and inconsistencies of an actor's records, the threshold
 * by state — as pages and JSON for INE staff and actors, and as CSV/XLSX downloads. The daily
 * reception roll-up ({@code reception_day}) is kept here and refreshed by
 * {@code integration/reports.camel.yaml}.
 *
 * <p>API, read by the nota informativa and the demo:
 * <ul>
 * <li>query ports {@link mx.captacion.reports.ReceptionReports}, {@link mx.captacion.reports.AuxiliarReports},
 * {@link mx.captacion.reports.ProgressReport}, {@link mx.captacion.reports.ThresholdReport};</li>
 * <li>their views {@link mx.captacion.reports.RecordsPerMonth}, {@link mx.captacion.reports.RecordsPerMonthBy},
 * {@link mx.captacion.reports.RecordsPerDay}, {@link mx.captacion.reports.AuxiliarReport},
 * {@link mx.captacion.reports.Progress}, {@link mx.captacion.reports.Threshold};</li>
 * <li>{@link mx.captacion.reports.ReportTable}, any report as a captioned table, and
 * {@link mx.captacion.reports.ReportTables}, which turns each view into one;</li>
 * <li>{@link mx.captacion.reports.ReceptionRollup}, the daily roll-up the demo seed refreshes.</li>
 * </ul>
 * Pages, the JSON API, the report catalogue, file exports and the quality report are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reportes (reports)",
        allowedDependencies = {"platform", "identity", "actors", "auxiliares", "records"})
package mx.captacion.reports;
