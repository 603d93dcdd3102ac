package mx.captacion.actors.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import mx.captacion.actors.ActorRejection;
import mx.captacion.actors.ActorsPerDay;
import mx.captacion.actors.ActorsPerDayReport;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.CreatingCaptureProcess;
import mx.captacion.actors.NewActor;
import mx.captacion.actors.NewCaptureProcess;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.actors.RegisteringActor;
import mx.captacion.platform.Cutoffs;

/** Capture processes and their actors for INE staff (group {@code ine-admin}). */
@RestController
class ProcessesApi {

    private final CreatingCaptureProcess creating;
    private final RegisteringActor registering;
    private final ActorsPerDayReport actorsPerDay;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final Clock clock;

    ProcessesApi(CreatingCaptureProcess creating, RegisteringActor registering, ActorsPerDayReport actorsPerDay,
                 CaptureProcesses processes, PoliticalActors actors, Clock clock) {
        this.creating = creating;
        this.registering = registering;
        this.actorsPerDay = actorsPerDay;
        this.processes = processes;
        this.actors = actors;
        this.clock = clock;
    }

    @Operation(summary = "Procesos de captación, el más reciente primero")
    @GetMapping("/api/v1/processes")
    List<ProcessView> list() {
        return processes.findAllByOrderByPeriodStartDescCodeAsc().stream().map(ProcessView::of).toList();
    }

    @Operation(summary = "Crea un proceso de captación (clave, nombre, tipo, periodo, requisitos y, si se quiere,"
            + " muestreo en mesa de control)")
    @PostMapping("/api/v1/processes")
    ResponseEntity<ProcessView> create(@RequestBody NewCaptureProcess data) {
        ProcessView created = ProcessView.of(creating.create(data));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + created.code())).body(created);
    }

    @Operation(summary = "Un proceso de captación")
    @GetMapping("/api/v1/processes/{code}")
    ProcessView process(@PathVariable String code) {
        return processes.findByCode(code).map(ProcessView::of)
                .orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(code));
    }

    @Operation(summary = "Actores políticos registrados en el proceso, por fecha de registro")
    @GetMapping("/api/v1/processes/{code}/actors")
    List<ActorView> actors(@PathVariable String code) {
        process(code);
        return actors.findByProcessCode(code).stream().map(ActorView::of).toList();
    }

    @Operation(summary = "Registra un actor político: folio, cuenta del representante y correo con sus credenciales")
    @PostMapping("/api/v1/processes/{code}/actors")
    ResponseEntity<ActorView> register(@PathVariable String code, @RequestBody NewActor data) {
        ActorView registered = ActorView.of(registering.register(code, data));
        return ResponseEntity.created(URI.create("/api/v1/actors/" + registered.folio())).body(registered);
    }

    @Operation(summary = "Actores políticos registrados por día a un corte (tabla 1 de la nota)")
    @GetMapping("/api/v1/processes/{code}/actors-per-day")
    ActorsPerDay actorsPerDay(@PathVariable String code,
                              @Parameter(description = "Instante de corte ISO-8601; por omisión, ahora",
                                      example = "2023-01-20T18:00:00Z")
                              @RequestParam(required = false) String cutoff) {
        return actorsPerDay.of(code, Cutoffs.fromApi(cutoff, clock))
                .orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(code));
    }
}
