package mx.captacion.hearings.internal;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorAccess;
import mx.captacion.actors.PoliticalActor;

/**
 * The garantía de audiencia over HTTP: INE staff open it for a process; a representative reads its
 * actor's judged records and contests them (another actor's folio answers 404, as a missing one).
 */
@RestController
class HearingApi {

    private final OpeningHearing opening;
    private final ContestingRecords contesting;
    private final ReadingHearing reading;
    private final ActorAccess access;
    private final AccessLog accessLog;

    HearingApi(OpeningHearing opening, ContestingRecords contesting, ReadingHearing reading, ActorAccess access,
               AccessLog accessLog) {
        this.opening = opening;
        this.contesting = contesting;
        this.reading = reading;
        this.access = access;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Abre la garantía de audiencia de un proceso (plazo en días; por omisión captacion.audiencia.window-days). "
            + "Con registros aún esperando la compulsa responde 409 COMPULSA_PENDIENTE, salvo con force: true")
    @PostMapping("/api/v1/processes/{code}/audiencia")
    ResponseEntity<HearingView.Window> open(@PathVariable String code,
                                            @RequestBody(required = false) HearingView.OpenRequest request,
                                            Principal user) {
        Hearing hearing = opening.open(code, request == null ? null : request.windowDays(),
                request != null && request.forced(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/processes/" + code + "/audiencia"))
                .body(HearingView.Window.of(code, hearing, hearing.getOpenedAt()));
    }

    @Operation(summary = "Registros dictaminados del actor (con inconsistencia o no válidos), su motivo y el plazo")
    @GetMapping("/api/v1/actors/{folio}/audiencia")
    HearingView.Page hearing(@PathVariable String folio, @RequestParam(defaultValue = "0") int page) {
        HearingView.Page view = reading.of(own(folio), page);
        accessLog.viewedRecords(Viewed.HEARING_RECORDS, view.records().stream().map(HearingView.JudgedRecord::id).toList(), folio);
        return view;
    }

    @Operation(summary = "Impugnaciones del actor, con su estado y la decisión")
    @GetMapping("/api/v1/actors/{folio}/audiencia/impugnaciones")
    List<HearingView.Contest> contests(@PathVariable String folio) {
        return reading.contests(own(folio));
    }

    @Operation(summary = "Impugna uno o varios registros con un argumento (todo o nada)")
    @PostMapping("/api/v1/actors/{folio}/audiencia/impugnaciones")
    ResponseEntity<List<HearingView.Contest>> contest(@PathVariable String folio,
                                                      @RequestBody HearingView.ContestRequest request,
                                                      Principal user) {
        List<HearingView.Contest> written = contesting.contest(own(folio), request.recordIds(), request.argument(),
                        user.getName()).stream().map(HearingView.Contest::of).toList();
        return ResponseEntity.created(URI.create("/api/v1/actors/" + folio + "/audiencia/impugnaciones"))
                .body(written);
    }

    private PoliticalActor own(String folio) {
        PoliticalActor actor = access.current();
        if (!actor.getFolio().value().equals(folio)) {
            throw HearingRejection.NO_ENCONTRADO.problemSaying("actor", folio);
        }
        return actor;
    }
}
