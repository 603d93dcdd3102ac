package mx.captacion.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcesses;

/**
 * {@code captacion.demo.scenario=semilla}: the seed's case replayed once per database, in the
 * background after start-up (a couple of minutes), so the demo's nota informativa for "Humanismo
 * Mexicano A.C." reproduces the seed's tables at its cut-offs. Off by default: the default demo
 * stays quick to start.
 */
@Component
@ConditionalOnProperty(name = "captacion.demo.scenario", havingValue = "semilla")
class SeedScenarioDemo {

    static final String PROCESS_CODE = "APN-2022-RDP-SEMILLA";
    private static final long PEOPLE_SEED = 20_230_120L;
    private static final Logger log = LoggerFactory.getLogger(SeedScenarioDemo.class);

    private final SeedScenario scenario;
    private final CaptureProcesses processes;

    SeedScenarioDemo(SeedScenario scenario, CaptureProcesses processes) {
        this.scenario = scenario;
        this.processes = processes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void replay() {
        if (processes.findByCode(PROCESS_CODE).isPresent()) {
            log.info("Semilla: el proceso {} ya existe en esta base; no se vuelve a reproducir", PROCESS_CODE);
            return;
        }
        Thread replay = new Thread(() -> {
            try {
                log.info("Semilla: reproduciendo el caso de la nota en el proceso {}…", PROCESS_CODE);
                SeedScenario.Result result = scenario.run(PROCESS_CODE, PEOPLE_SEED);
                log.info("Semilla lista: {} eventos en {} s; proceso {}, folio {}", result.events(),
                        result.took().toSeconds(), result.processCode(), result.folio());
            } catch (RuntimeException e) {
                log.error("Semilla: la reproducción falló", e);
            }
        }, "semilla");
        replay.setDaemon(true);
        replay.start();
    }
}
