package mx.captacion.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import mx.captacion.actors.ActorsPerDayReport;
import mx.captacion.reports.AuxiliarReports;
import mx.captacion.reports.ProgressReport;
import mx.captacion.reports.ReceptionReports;
import mx.captacion.reports.ReportTable;
import mx.captacion.reports.ReportTables;
import mx.captacion.reports.ThresholdReport;

/**
 * Every downloadable report by its slug, as a {@link ReportTable}: process reports by process
 * code, actor reports by folio. Empty when the slug, the process or the actor is unknown.
 */
@Service
public class ReportCatalog {

    /** Process-wide reports, in the seed's order. */
    public static final List<String> PROCESS_REPORTS = List.of("actores-por-dia", "recepcion-por-mes",
            "recepcion-por-mes-por-entidad", "recepcion-por-mes-por-actor");

    /** One actor's reports, in the seed's order. */
    public static final List<String> ACTOR_REPORTS = List.of("auxiliares", "bajas", "avance", "inconsistencias",
            "recepcion-por-dia", "umbral");

    private final ActorsPerDayReport actorsPerDay;
    private final ReceptionReports reception;
    private final AuxiliarReports auxiliares;
    private final ProgressReport progress;
    private final ThresholdReport threshold;

    ReportCatalog(ActorsPerDayReport actorsPerDay, ReceptionReports reception, AuxiliarReports auxiliares,
                  ProgressReport progress, ThresholdReport threshold) {
        this.actorsPerDay = actorsPerDay;
        this.reception = reception;
        this.auxiliares = auxiliares;
        this.progress = progress;
        this.threshold = threshold;
    }

    public Optional<ReportTable> processReport(String slug, String processCode, Instant cutoff) {
        return switch (slug) {
            case "actores-por-dia" -> actorsPerDay.of(processCode, cutoff).map(ReportTables::actorsPerDay);
            case "recepcion-por-mes" -> reception.perMonth(processCode, cutoff).map(ReportTables::recordsPerMonth);
            case "recepcion-por-mes-por-entidad" ->
                    reception.perMonthByState(processCode, cutoff).map(ReportTables::recordsPerMonthBy);
            case "recepcion-por-mes-por-actor" ->
                    reception.perMonthByActor(processCode, cutoff).map(ReportTables::recordsPerMonthBy);
            default -> Optional.empty();
        };
    }

    public Optional<ReportTable> actorReport(String slug, String folio, Instant cutoff) {
        return switch (slug) {
            case "auxiliares" -> auxiliares.of(folio, cutoff).map(ReportTables::auxiliares);
            case "bajas" -> auxiliares.of(folio, cutoff).map(ReportTables::bajas);
            case "avance" -> progress.of(folio, cutoff).map(ReportTables::progress);
            case "inconsistencias" -> progress.of(folio, cutoff).map(ReportTables::inconsistencies);
            case "recepcion-por-dia" -> reception.perDay(folio, cutoff).map(ReportTables::recordsPerDay);
            case "umbral" -> threshold.of(folio, cutoff).map(ReportTables::threshold);
            default -> Optional.empty();
        };
    }
}
