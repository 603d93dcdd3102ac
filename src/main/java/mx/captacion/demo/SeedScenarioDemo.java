package mx.captacion.demo;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcesses;
import mx.captacion.platform.DemoProfile;

/**
 * {@code captacion.demo.scenario=semilla}, under the demo profile: the seed's case replayed once per
 * database, in the background after start-up (a couple of minutes), so the demo's nota informativa
 * for "Humanismo Mexicano A.C." reproduces the seed's tables at its cut-offs. Off by default: the
 * default demo stays quick to start.
 */
@Component
@Profile(DemoProfile.NAME)
@ConditionalOnProperty(name = "captacion.demo.scenario", havingValue = "semilla")
class SeedScenarioDemo {

    static final String PROCESS_CODE = "APN-2022-RDP-SEMILLA";
    private static final long PEOPLE_SEED = 20_230_120L;
    private static final Logger log = LoggerFactory.getLogger(SeedScenarioDemo.class);

    /** How long the replay waits for the engine to start its job executor before it takes it over. */
    private static final Duration EXECUTOR_START_WAIT = Duration.ofSeconds(60);

    private final SeedScenario scenario;
    private final CaptureProcesses processes;
    private final JobExecutor jobExecutor;
    private final boolean jobExecutionEnabled;

    SeedScenarioDemo(SeedScenario scenario, CaptureProcesses processes, ProcessEngine engine,
                     @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled) {
        this.scenario = scenario;
        this.processes = processes;
        this.jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        this.jobExecutionEnabled = jobExecutionEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void replay() {
        if (processes.findByCode(PROCESS_CODE).isPresent()) {
            log.info("Semilla: el proceso {} ya existe en esta base; no se vuelve a reproducir", PROCESS_CODE);
            return;
        }
        Thread replay = new Thread(() -> {
            try {
                awaitJobExecutorStarted();
                log.info("Semilla: reproduciendo el caso de la nota en el proceso {}…", PROCESS_CODE);
                SeedScenario.Result result = scenario.run(PROCESS_CODE, PEOPLE_SEED);
                log.info("Semilla lista: {} eventos en {} s; proceso {}, folio {}", result.events(),
                        result.took().toSeconds(), result.processCode(), result.folio());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Semilla: la reproducción falló", e);
            }
        }, "semilla");
        replay.setDaemon(true);
        replay.start();
    }

    /**
     * The Camunda starter starts the job executor from a ready-event listener of its own, which may run
     * after this one. The replay pauses the executor while it runs every job at its simulated instant;
     * pausing it before the starter has started it would pause nothing, and the executor would then
     * run the replay's jobs on real time behind its back.
     */
    private void awaitJobExecutorStarted() throws InterruptedException {
        if (!jobExecutionEnabled || jobExecutor == null) {
            return;
        }
        long deadline = System.nanoTime() + EXECUTOR_START_WAIT.toNanos();
        while (!jobExecutor.isActive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("El ejecutor de trabajos de Camunda no arrancó en "
                        + EXECUTOR_START_WAIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
