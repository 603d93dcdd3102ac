package mx.captacion.helpdesk.internal;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.HelpDeskReports;
import mx.captacion.helpdesk.SearchingCases;
import mx.captacion.helpdesk.TicketStatus;
import mx.captacion.platform.Cutoffs;

/** The help desk for programs: recording a call, the name search, the reports (JSON). */
@RestController
@RequestMapping("/api/v1/mesa-ayuda")
class HelpDeskApi {

    /** What a recorded call answers: the ticket's id, number and status. */
    record Recorded(long id, String number, TicketStatus status) {
    }

    private final RecordingCall recordingCall;
    private final SearchingCases searching;
    private final HelpDeskReports reports;
    private final PoliticalActors actors;
    private final Clock clock;
    private final AccessLog accessLog;

    HelpDeskApi(RecordingCall recordingCall, SearchingCases searching, HelpDeskReports reports, PoliticalActors actors,
                Clock clock, AccessLog accessLog) {
        this.recordingCall = recordingCall;
        this.searching = searching;
        this.reports = reports;
        this.actors = actors;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @PostMapping("/llamadas")
    ResponseEntity<Recorded> recordCall(@RequestBody RecordingCall.Call call, Principal user) {
        Ticket ticket = recordingCall.record(call, user.getName());
        return ResponseEntity.created(URI.create("/mesa-ayuda/reportes/" + ticket.getId()))
                .body(new Recorded(ticket.getId(), ticket.number(), ticket.getStatus()));
    }

    @GetMapping("/busqueda")
    SearchingCases.Evidence search(@RequestParam String nombre, Principal user) {
        SearchingCases.Evidence evidence = searching.byName(nombre, user.getName());
        accessLog.viewed(Viewed.NAME_SEARCH, evidence.query());
        return evidence;
    }

    /** Seed tables 11 and 12 and the times, for one period, cut-off and (optionally) actor. */
    @GetMapping("/informes")
    Map<String, Object> report(@RequestParam(required = false) LocalDate desde,
                               @RequestParam(required = false) LocalDate hasta,
                               @RequestParam(required = false) String corte,
                               @RequestParam(required = false) String folio) {
        HelpDeskReports.Scope scope = HelpDeskPage.scope(desde, hasta, Cutoffs.fromApi(corte, clock), folio, actors);
        List<HelpDeskReports.TypeChannelRow> byType = reports.byTypeAndChannel(scope);
        return Map.of("corte", scope.cutoff().toString(), "desde", scope.from().toString(), "hasta", scope.to().toString(),
                "porTipoYMedio", byType, "detalle", reports.detail(scope), "tiempos", reports.times(scope));
    }
}
