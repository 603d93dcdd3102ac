package mx.captacion.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.ActorRejection;
import mx.captacion.actors.ActorSummary;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.PortalPage;
import mx.captacion.reports.ReceptionReports;
import mx.captacion.reports.RecordsPerDay;
import mx.captacion.reports.RecordsPerMonth;
import mx.captacion.reports.ReportTable;
import mx.captacion.reports.ReportTables;

/**
 * The reception pages at a cut-off: a process's records per month (seed table 2 and figure 3,
 * per state and per actor) for INE staff, an actor's records per day (table 8 and figure 9) for
 * INE staff and for the actor's representative, and every report's CSV/XLSX download. A chart
 * always stands beside its table, which is the accessible version of it.
 */
@Controller
@PortalPage
class ReceptionPage {

    private final ReceptionReports reception;
    private final ReportCatalog catalog;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final ActorAccess access;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Clock clock;

    ReceptionPage(ReceptionReports reception, ReportCatalog catalog, CaptureProcesses processes,
                  PoliticalActors actors, ActorAccess access, ObjectMapper json, MessageSource messages, Clock clock) {
        this.reception = reception;
        this.catalog = catalog;
        this.processes = processes;
        this.actors = actors;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/avance/recepcion")
    String process(@RequestParam(required = false) String proceso, @RequestParam(required = false) String corte,
                   Model model) {
        List<CaptureProcess> all = processes.findAllByOrderByPeriodStartDescCodeAsc();
        model.addAttribute("processes", all);
        String chosen = proceso != null ? proceso : all.isEmpty() ? null : all.get(0).getCode();
        model.addAttribute("proceso", chosen);
        Optional<Instant> cutoff = Cutoffs.onPage(corte, clock, model);
        if (cutoff.isEmpty() || chosen == null) {
            return "reports/reception";
        }
        reception.perMonth(chosen, cutoff.get()).ifPresentOrElse(perMonth -> {
            model.addAttribute("perMonth", ReportTables.recordsPerMonth(perMonth));
            model.addAttribute("chartLabels", toJson(perMonth.meses().stream().map(RecordsPerMonth.Month::etiqueta).toList()));
            model.addAttribute("chartValues", toJson(perMonth.meses().stream().map(RecordsPerMonth.Month::total).toList()));
            model.addAttribute("chartDescription", describe(perMonth.meses().stream()
                    .map(m -> m.etiqueta() + ": " + ReportTable.text(m.total())).toList()));
            model.addAttribute("byState", ReportTables.recordsPerMonthBy(
                    reception.perMonthByState(chosen, cutoff.get()).orElseThrow()));
            model.addAttribute("byActor", ReportTables.recordsPerMonthBy(
                    reception.perMonthByActor(chosen, cutoff.get()).orElseThrow()));
            model.addAttribute("downloads", "/avance/descargas/procesos/" + chosen + "/");
        }, () -> model.addAttribute("error", message("reports.unknownProcess", chosen)));
        return "reports/reception";
    }

    @GetMapping("/avance/recepcion-diaria")
    String actor(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                 Model model) {
        List<ActorSummary> all = ActorSummary.all(actors);
        model.addAttribute("actors", all);
        model.addAttribute("action", "/avance/recepcion-diaria");
        String chosen = folio != null ? folio : all.isEmpty() ? null : all.get(0).folio();
        return perDay(chosen, corte, "/avance/descargas/actores/" + chosen + "/", model);
    }

    /** The representative's own actor; a folio of another answers 404, like one that does not exist. */
    @GetMapping("/organizacion/recepcion-diaria")
    String ownActor(@RequestParam(required = false) String folio, @RequestParam(required = false) String corte,
                    Model model) {
        model.addAttribute("action", "/organizacion/recepcion-diaria");
        return perDay(own(folio).getFolio().value(), corte, "/organizacion/descargas/", model);
    }

    @GetMapping("/avance/descargas/procesos/{code}/{report}.{format}")
    ResponseEntity<byte[]> processFile(@PathVariable String code, @PathVariable String report,
                                       @PathVariable String format, @RequestParam(required = false) String corte) {
        ReceptionApi.requireKnown(report, ReportCatalog.PROCESS_REPORTS.contains(report));
        return ReceptionApi.file(catalog.processReport(report, code, portalCutoff(corte)).orElseThrow(() ->
                ActorRejection.PROCESO_DESCONOCIDO.problem(code)), format);
    }

    @GetMapping("/avance/descargas/actores/{folio}/{report}.{format}")
    ResponseEntity<byte[]> actorFile(@PathVariable String folio, @PathVariable String report,
                                     @PathVariable String format, @RequestParam(required = false) String corte) {
        ReceptionApi.requireKnown(report, ReportCatalog.ACTOR_REPORTS.contains(report));
        return ReceptionApi.file(catalog.actorReport(report, folio, portalCutoff(corte)).orElseThrow(() ->
                ActorRejection.ACTOR_DESCONOCIDO.problem(folio)), format);
    }

    @GetMapping("/organizacion/descargas/{report}.{format}")
    ResponseEntity<byte[]> ownFile(@PathVariable String report, @PathVariable String format,
                                   @RequestParam(required = false) String folio,
                                   @RequestParam(required = false) String corte) {
        ReceptionApi.requireKnown(report, ReportCatalog.ACTOR_REPORTS.contains(report));
        return ReceptionApi.file(catalog.actorReport(report, own(folio).getFolio().value(), portalCutoff(corte))
                .orElseThrow(), format);
    }

    private String perDay(String folio, String corte, String downloads, Model model) {
        model.addAttribute("folio", folio);
        Optional<Instant> cutoff = Cutoffs.onPage(corte, clock, model);
        if (cutoff.isEmpty() || folio == null) {
            return "reports/reception-per-day";
        }
        reception.perDay(folio, cutoff.get()).ifPresentOrElse(perDay -> {
            model.addAttribute("perDay", ReportTables.recordsPerDay(perDay));
            model.addAttribute("chartLabels", toJson(perDay.dias().stream().map(d -> ReportTable.text(d.fecha())).toList()));
            model.addAttribute("chartValues", toJson(perDay.dias().stream().map(RecordsPerDay.Day::total).toList()));
            model.addAttribute("chartDescription", describe(perDay.dias().stream()
                    .map(d -> ReportTable.text(d.fecha()) + ": " + ReportTable.text(d.total())).toList()));
            model.addAttribute("downloads", downloads);
            model.addAttribute("actorReports", ReportCatalog.ACTOR_REPORTS);
        }, () -> model.addAttribute("error", message("reports.unknownActor")));
        return "reports/reception-per-day";
    }

    /** The signed-in representative's actor; another's folio is refused as not found. */
    private PoliticalActor own(String folio) {
        PoliticalActor actor = access.current();
        if (folio == null || folio.isBlank()) {
            return actor;
        }
        return access.own(actors.findByFolio(folio), PoliticalActor::getId, message("reports.actorWithFolio", folio));
    }

    private Instant portalCutoff(String corte) {
        return Cutoffs.fromPortalOrRefuse(corte, clock);
    }

    /** What a screen reader says for the chart: every bar, in order (the table beside it says the same). */
    private String describe(List<String> bars) {
        return bars.isEmpty() ? message("reports.chart.empty")
                : message("reports.chart.bars", bars.size(), String.join("; ", bars));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
