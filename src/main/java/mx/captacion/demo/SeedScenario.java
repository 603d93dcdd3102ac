package mx.captacion.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CreatingCaptureProcess;
import mx.captacion.actors.NewActor;
import mx.captacion.actors.NewCaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.ProcessKind;
import mx.captacion.actors.RegisteringActor;
import mx.captacion.actors.ReviewMode;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.AuxiliarLifecycle;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.NewAuxiliar;
import mx.captacion.auxiliares.RegisteringInApp;
import mx.captacion.platform.DemoProfile;
import mx.captacion.platform.PlatformClock;
import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.InconsistencyType;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordId;
import mx.captacion.records.RecordSubmission;
import mx.captacion.records.TakingInRecords;
import mx.captacion.reports.ReceptionRollup;
import mx.captacion.retention.HoldingPurge;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/**
 * The seed's case (shared/seed/000_3a99bb7a57dc9edf.txt), rebuilt through the platform's own paths on
 * a simulated clock: a process, 31 actors registered on table 1's days, "Humanismo Mexicano A.C."
 * with table 4's auxiliares (alta, app registration, INE review, bajas with table 5's causes) and
 * table 8's 3,309 records, received, processed, screened and decided at the control desk so that
 * tables 6 and 7 hold at the seed's cut-offs. Each event runs with this thread's {@link PlatformClock}
 * pinned to its instant; nothing is written to a table directly.
 *
 * <p>The shared job executor and the intake's routes are paused while the scenario runs, so every
 * step that would run apart (the record's intake and processing, the auxiliar's INE review) runs here,
 * at its simulated instant, or not at all before the cut-off (the 335 records still in processing). Camunda's own clock is left on real time:
 * an auxiliar's registration timer (P15D) then counts from the replay, not from 2022, and never gives
 * a baja the seed does not have before its cut-offs.
 *
 * <p>A bean of the demo profile only; {@code SeedReplayIT} builds its own in the tests' context.
 */
@Service
@Profile(DemoProfile.NAME)
public class SeedScenario {

    public static final ZoneId ZONE = CaptureProcess.ZONE;
    public static final String ACTOR = "Humanismo Mexicano A.C.";
    /** Table 1's caption (the text above it says «20/01/2021 a las 12:30», a typo; no actor registers in between). */
    public static final Instant CUTOFF_ACTORS = at(LocalDate.of(2023, 1, 20), 12, 0);
    /** Tables 4 and 5. */
    public static final Instant CUTOFF_AUXILIARES = at(LocalDate.of(2023, 1, 20), 12, 48);
    /** Tables 6, 7 and 8. */
    public static final Instant CUTOFF_RECORDS = at(LocalDate.of(2023, 1, 20), 0, 7);

    /** Table 1: day, actors registered that day. */
    public static final Map<LocalDate, Integer> ACTORS_PER_DAY = days(new Object[][] {
            {"2022-04-29", 3}, {"2022-07-18", 3}, {"2022-08-17", 1}, {"2022-09-08", 3}, {"2022-09-13", 1},
            {"2022-10-12", 1}, {"2022-10-26", 1}, {"2022-11-03", 2}, {"2022-11-15", 1}, {"2022-11-23", 1},
            {"2022-12-14", 4}, {"2023-01-09", 1}, {"2023-01-11", 1}, {"2023-01-12", 4}, {"2023-01-13", 1},
            {"2023-01-17", 1}, {"2023-01-19", 2}});

    /** Table 4: registration day → {sin registro en app, registrados en app, bajas}. */
    public static final Map<LocalDate, int[]> AUXILIARES_PER_DAY = auxiliares(new Object[][] {
            {"2022-12-14", 1, 1, 1}, {"2022-12-19", 1, 1, 1}, {"2022-12-20", 3, 1, 1}, {"2022-12-21", 1, 5, 1},
            {"2023-01-06", 0, 2, 3}, {"2023-01-08", 0, 8, 3}, {"2023-01-09", 2, 7, 3}, {"2023-01-10", 7, 27, 7},
            {"2023-01-11", 11, 33, 9}, {"2023-01-12", 7, 18, 8}, {"2023-01-13", 5, 11, 4}, {"2023-01-14", 4, 8, 5},
            {"2023-01-15", 6, 17, 9}, {"2023-01-16", 23, 26, 4}, {"2023-01-17", 25, 13, 10},
            {"2023-01-18", 22, 27, 13}, {"2023-01-19", 29, 24, 5}, {"2023-01-20", 54, 11, 7}});

    /** Table 5, in its order. */
    public static final Map<BajaCause, Integer> BAJAS_BY_CAUSE = new LinkedHashMap<>();

    static {
        BAJAS_BY_CAUSE.put(BajaCause.CAMBIO_DE_CORREO, 58);
        BAJAS_BY_CAUSE.put(BajaCause.CAMBIO_DE_TIPO_DE_AUTENTICACION, 2);
        BAJAS_BY_CAUSE.put(BajaCause.CAMBIO_DE_UBICACION, 1);
        BAJAS_BY_CAUSE.put(BajaCause.DATOS_INCORRECTOS, 2);
        BAJAS_BY_CAUSE.put(BajaCause.ERROR_EN_EL_PROCESO, 1);
        BAJAS_BY_CAUSE.put(BajaCause.NO_ESTA_EN_LISTA_NOMINAL, 15);
        BAJAS_BY_CAUSE.put(BajaCause.NO_LE_HA_LLEGADO_EL_CORREO, 6);
        BAJAS_BY_CAUSE.put(BajaCause.NO_PUEDE_ACCEDER, 3);
        BAJAS_BY_CAUSE.put(BajaCause.NO_RECUERDA_LA_CONTRASENA, 4);
        BAJAS_BY_CAUSE.put(BajaCause.SIN_ANVERSO_Y_REVERSO, 1);
        BAJAS_BY_CAUSE.put(BajaCause.YA_NO_TIENE_ACCESO, 1);
    }

    /** Table 8: reception day → records received. */
    public static final Map<LocalDate, Integer> RECORDS_PER_DAY = days(new Object[][] {
            {"2022-12-14", 1}, {"2022-12-20", 5}, {"2022-12-21", 5}, {"2022-12-22", 5}, {"2022-12-23", 1},
            {"2022-12-24", 6}, {"2022-12-25", 1}, {"2022-12-26", 1}, {"2022-12-29", 1}, {"2022-12-31", 3},
            {"2023-01-04", 4}, {"2023-01-05", 32}, {"2023-01-06", 7}, {"2023-01-07", 31}, {"2023-01-08", 4},
            {"2023-01-09", 48}, {"2023-01-10", 83}, {"2023-01-11", 128}, {"2023-01-12", 96},
            {"2023-01-13", 126}, {"2023-01-14", 158}, {"2023-01-15", 172}, {"2023-01-16", 431},
            {"2023-01-17", 131}, {"2023-01-18", 1154}, {"2023-01-19", 669}, {"2023-01-20", 6}});

    /** Table 6. */
    public static final int RECEIVED = 3_309;
    public static final int PARA_COMPULSA = 1_392;
    public static final int DUPLICADOS = 43;
    public static final int CON_INCONSISTENCIA = 105;
    public static final int EN_MESA_DE_CONTROL = 1_434;
    public static final int EN_PROCESAMIENTO = 335;
    /** The text under table 6: 3,283 records from 163 auxiliares, 26 through Mi Apoyo. */
    public static final int SENDING_AUXILIARES = 163;
    public static final int MI_APOYO = 26;

    /** Table 7, in its order. */
    public static final Map<InconsistencyType, Integer> INCONSISTENCIES = new LinkedHashMap<>();

    static {
        INCONSISTENCIES.put(InconsistencyType.CREDENCIAL_NO_VALIDA, 10);
        INCONSISTENCIES.put(InconsistencyType.FIRMA_NO_VALIDA, 7);
        INCONSISTENCIES.put(InconsistencyType.FOTO_NO_VALIDA, 6);
        INCONSISTENCIES.put(InconsistencyType.FOTOCOPIA_DE_CREDENCIAL, 76);
        INCONSISTENCIES.put(InconsistencyType.OTRA, 6);
    }

    /** The actor's registration: «14 de diciembre de 2022 a las 11:58 horas». */
    static final Instant ACTOR_REGISTERED = at(LocalDate.of(2022, 12, 14), 11, 58);
    static final String REVIEWER = "mesa.semilla";
    /** Causes a representative gives before the auxiliar ever registers in the app. */
    private static final Set<BajaCause> BEFORE_APP = Set.of(BajaCause.CAMBIO_DE_CORREO,
            BajaCause.NO_LE_HA_LLEGADO_EL_CORREO, BajaCause.DATOS_INCORRECTOS,
            BajaCause.CAMBIO_DE_TIPO_DE_AUTENTICACION, BajaCause.ERROR_EN_EL_PROCESO);

    private static final Logger log = LoggerFactory.getLogger(SeedScenario.class);

    /** What the replay built. */
    public record Result(String processCode, String folio, Duration took, int events) {
    }

    private record Event(Instant at, long order, Runnable action) {
    }

    private final PlatformClock clock;
    private final CreatingCaptureProcess creatingProcess;
    private final HoldingPurge holdingPurge;
    private final RegisteringActor registeringActor;
    private final AuxiliarRegistry registry;
    private final RegisteringInApp registeringInApp;
    private final ReceivingRecord receiving;
    private final ElectoralRoll roll;
    private final ReceptionRollup rollup;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final TakingInRecords intake;
    private final CamelContext camel;

    SeedScenario(PlatformClock clock, CreatingCaptureProcess creatingProcess, RegisteringActor registeringActor,
                 AuxiliarRegistry registry, RegisteringInApp registeringInApp, ReceivingRecord receiving,
                 ElectoralRoll roll, ReceptionRollup rollup, ProcessEngine engine, HoldingPurge holdingPurge,
                 TakingInRecords intake, CamelContext camel) {
        this.intake = intake;
        this.camel = camel;
        this.clock = clock;
        this.holdingPurge = holdingPurge;
        this.creatingProcess = creatingProcess;
        this.registeringActor = registeringActor;
        this.registry = registry;
        this.registeringInApp = registeringInApp;
        this.receiving = receiving;
        this.roll = roll;
        this.rollup = rollup;
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.tasks = engine.getTaskService();
    }

    /**
     * Replays the seed into a new process {@code processCode}; {@code seed} draws the synthetic people
     * (another seed, other people). Refuses a code that exists (the process must be new).
     */
    public Result run(String processCode, long seed) {
        long started = System.nanoTime();
        JobExecutor jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        boolean wasActive = jobExecutor != null && jobExecutor.isActive();
        if (wasActive) {
            jobExecutor.shutdown();
        }
        List<String> intakeRoutes = camel.getRoutes().stream()
                .filter(route -> TakingInRecords.ROUTE_GROUP.equals(route.getGroup())).map(Route::getRouteId).toList();
        suspend(intakeRoutes);
        try {
            Replay replay = new Replay(processCode, seed);
            List<Event> events = replay.plan();
            events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::order));
            int done = 0;
            for (Event event : events) {
                clock.runAt(event.at(), event.action());
                if (++done % 2000 == 0) {
                    log.info("Semilla: {} de {} eventos ({})", done, events.size(), event.at().atZone(ZONE));
                }
            }
            // the replay wrote records on days the daily rollup may have counted meanwhile (its clock is real)
            rollup.processId(processCode).ifPresent(rollup::recount);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            log.info("Semilla reproducida en el proceso {} (folio {}): {} eventos en {} s", processCode,
                    replay.folio, events.size(), took.toSeconds());
            return new Result(processCode, replay.folio, took, events.size());
        } finally {
            resume(intakeRoutes);
            if (wasActive) {
                jobExecutor.start();
            }
        }
    }

    /** The intake's routes wait while the replay takes its records in itself, each at its simulated instant. */
    private void suspend(List<String> routes) {
        try {
            for (String route : routes) {
                camel.getRouteController().suspendRoute(route);
            }
        } catch (Exception e) {
            throw new IllegalStateException("No se pudo pausar el ingreso de registros", e);
        }
    }

    private void resume(List<String> routes) {
        try {
            for (String route : routes) {
                camel.getRouteController().resumeRoute(route);
            }
        } catch (Exception e) {
            throw new IllegalStateException("No se pudo reanudar el ingreso de registros", e);
        }
    }

    /** One run's plan: the events, and what they leave for the later ones. */
    private final class Replay {

        private final String processCode;
        private final SyntheticSubmissions submissions;
        private final List<Event> events = new ArrayList<>();
        private long order;
        private PoliticalActor actor;
        private String folio;
        /** Planned auxiliar (its number) → the ID the platform issued, its device token. */
        private final Map<Integer, AuxiliarId> auxiliarIds = new HashMap<>();
        private final Map<Integer, String> tokens = new HashMap<>();
        /** Record number → its id, once received. */
        private final Map<Integer, UUID> recordIds = new HashMap<>();
        /** Record number → its process instance, once taken in. */
        private final Map<Integer, String> instances = new HashMap<>();

        Replay(String processCode, long seed) {
            this.processCode = processCode;
            this.submissions = new SyntheticSubmissions(seed, 20_000);
        }

        private void add(Instant at, Runnable action) {
            events.add(new Event(at, order++, action));
        }

        List<Event> plan() {
            add(at(LocalDate.of(2022, 2, 15), 9, 0), () -> {
                creatingProcess.create(new NewCaptureProcess(processCode,
                        "Agrupaciones Políticas Nacionales — Resto del País (semilla)", ProcessKind.APN_RESTO_DEL_PAIS,
                        LocalDate.of(2022, 3, 1), LocalDate.of(2023, 1, 31), 5_000, 7, ReviewMode.COMPLETA, null, null, null));
                // The seed's period ended in 2023, long past its retention: held, the retention timer
                // leaves it (and never purges while the replay still writes); release it at /retencion.
                holdingPurge.place(processCode, "semilla", "Demostración: la semilla se conserva para comparar sus tablas");
            });
            planActors();
            List<Integer> senders = planAuxiliares();
            planRecords(senders);
            return events;
        }

        private void planActors() {
            int number = 0;
            for (Map.Entry<LocalDate, Integer> day : ACTORS_PER_DAY.entrySet()) {
                for (int i = 0; i < day.getValue(); i++) {
                    int n = ++number;
                    boolean humanismo = day.getKey().equals(ACTOR_REGISTERED.atZone(ZONE).toLocalDate()) && i == 0;
                    Instant when = humanismo ? ACTOR_REGISTERED : at(day.getKey(), 9, 0).plus(Duration.ofMinutes(20L * i));
                    String name = humanismo ? ACTOR : "Agrupación Política Semilla %02d".formatted(n);
                    add(when, () -> {
                        PoliticalActor registered = registeringActor.register(processCode, new NewActor(name,
                                "Representación Semilla %02d".formatted(n),
                                "representacion%02d@semilla.captacion.example".formatted(n)));
                        if (humanismo) {
                            actor = registered;
                            folio = registered.getFolio().value();
                        }
                    });
                }
            }
        }

        /** Plans table 4's auxiliares and table 5's bajas; returns the auxiliares who send records, by app registration. */
        private List<Integer> planAuxiliares() {
            List<BajaCause> causes = spread(BAJAS_BY_CAUSE);
            int number = 0;
            int baja = 0;
            List<Integer> registered = new ArrayList<>();
            Map<Integer, Instant> registeredAt = new HashMap<>();
            List<SyntheticCitizens.SyntheticCitizen> inRoll = new ArrayList<>();
            for (Map.Entry<LocalDate, int[]> day : AUXILIARES_PER_DAY.entrySet()) {
                int[] counts = day.getValue();
                // the first day's auxiliares come after the actor's registration at 11:58
                Instant first = day.getKey().equals(ACTOR_REGISTERED.atZone(ZONE).toLocalDate())
                        ? ACTOR_REGISTERED.plus(Duration.ofMinutes(2)) : at(day.getKey(), 0, 10);
                int total = counts[0] + counts[1] + counts[2];
                for (int i = 0; i < total; i++) {
                    int n = ++number;
                    Instant alta = first.plus(Duration.ofMinutes(9L * i));
                    // interleaved: one of each kind in turn while any is left
                    char kind = kindOf(i, counts);
                    SyntheticCitizens.SyntheticCitizen person = submissions.nextCitizen();
                    BajaCause cause = kind == 'B' ? causes.get(baja++) : null;
                    boolean registers = kind == 'R' || (kind == 'B' && !BEFORE_APP.contains(cause));
                    if (cause != BajaCause.NO_ESTA_EN_LISTA_NOMINAL) {
                        inRoll.add(person);
                    }
                    add(alta, () -> auxiliarIds.put(n, registry.alta(actor,
                            new NewAuxiliar(person.fullName(), "auxiliar%03d@semilla.captacion.example".formatted(n),
                                    AuthenticationType.CORREO)).getAuxiliarId()));
                    if (registers) {
                        Instant app = alta.plus(Duration.ofMinutes(20));
                        add(app, () -> tokens.put(n, registeringInApp.register(
                                submissions.registrationOf(auxiliarIds.get(n).value(), person)).deviceToken()));
                        // the INE review: in the lista nominal and the same name, or a baja by the platform
                        add(app.plus(Duration.ofMinutes(5)), () -> executeJobOf(AuxiliarLifecycle.KEY, auxiliarIds.get(n).value()));
                    }
                    if (kind == 'R') {
                        registered.add(n);
                        registeredAt.put(n, alta.plus(Duration.ofMinutes(25)));
                    }
                    if (kind == 'B' && cause != BajaCause.NO_ESTA_EN_LISTA_NOMINAL) {
                        add(alta.plus(Duration.ofMinutes(60)), () -> registry.baja(actor, auxiliarIds.get(n), cause,
                                null, cause.ineOnly() ? "revision-ine" : "representante-semilla", cause.ineOnly()));
                    }
                }
            }
            putInRoll(inRoll);
            this.registeredAt = registeredAt;
            return registered.subList(0, SENDING_AUXILIARES);
        }

        private Map<Integer, Instant> registeredAt;

        /** The lista nominal the process's INE review and compulsa read, loaded before the first auxiliar. */
        private void putInRoll(List<SyntheticCitizens.SyntheticCitizen> people) {
            add(at(LocalDate.of(2022, 12, 14), 11, 59),
                    () -> people.forEach(p -> roll.put(p.inRoll(RegistralStatus.EN_LISTA_NOMINAL))));
        }

        private void planRecords(List<Integer> senders) {
            List<Instant> received = new ArrayList<>();
            for (Map.Entry<LocalDate, Integer> day : RECORDS_PER_DAY.entrySet()) {
                int n = day.getValue();
                boolean cutoffDay = day.getKey().equals(CUTOFF_RECORDS.atZone(ZONE).toLocalDate());
                // the cut-off day's six arrive in its first minutes; the others between 13:00 and 23:59
                Instant start = cutoffDay ? at(day.getKey(), 0, 0).plusSeconds(30) : at(day.getKey(), 13, 0);
                long step = cutoffDay ? 50 : Duration.ofMinutes(659).toSeconds() / n;
                for (int i = 0; i < n; i++) {
                    received.add(start.plusSeconds(step * i));
                }
            }
            int processed = RECEIVED - EN_PROCESAMIENTO;
            // duplicates: a citizen sent again 50 records later, both processed before the cut-off
            Map<Integer, Integer> duplicateOf = new HashMap<>();
            for (int k = 0; k < DUPLICADOS; k++) {
                duplicateOf.put(100 + 66 * k, 50 + 66 * k);
            }
            Set<Integer> originals = new HashSet<>(duplicateOf.values());
            // the desk decides the oldest records it holds; among them the inconsistencies, spread out
            List<Integer> desk = new ArrayList<>();
            for (int i = 0; i < processed; i++) {
                if (!duplicateOf.containsKey(i)) {
                    desk.add(i);
                }
            }
            int decided = PARA_COMPULSA + CON_INCONSISTENCIA;
            List<InconsistencyType> types = spread(INCONSISTENCIES);
            Map<Integer, InconsistencyType> inconsistent = new HashMap<>();
            int next = 0;
            for (int k = 0; k < CON_INCONSISTENCIA; k++) {
                int position = Math.max(next, (int) ((k + 0.5) * decided / CON_INCONSISTENCIA));
                // an original keeps its claim on the citizen, so its duplicate stays one
                while (originals.contains(desk.get(position))) {
                    position++;
                }
                if (position >= decided) {
                    throw new IllegalStateException("La inconsistencia " + k + " quedaría fuera de lo decidido");
                }
                inconsistent.put(desk.get(position), types.get(k));
                next = position + 1;
            }
            Set<Integer> decidedRecords = new HashSet<>(desk.subList(0, decided));

            Map<Integer, SyntheticCitizens.SyntheticCitizen> citizens = new HashMap<>();
            List<SyntheticCitizens.SyntheticCitizen> inRoll = new ArrayList<>();
            int sender = 0;
            int miApoyo = 0;
            for (int i = 0; i < RECEIVED; i++) {
                int r = i;
                Instant at = received.get(i);
                SyntheticCitizens.SyntheticCitizen citizen = duplicateOf.containsKey(i)
                        ? citizens.get(duplicateOf.get(i)) : submissions.nextCitizen();
                citizens.put(i, citizen);
                if (!duplicateOf.containsKey(i)) {
                    inRoll.add(citizen);
                }
                Integer auxiliar = null;
                if (i % 127 == 126 && miApoyo < MI_APOYO) {
                    miApoyo++;
                } else {
                    // round robin over the senders already registered in the app
                    List<Integer> eligible = senders.stream().filter(s -> registeredAt.get(s).isBefore(at)).toList();
                    auxiliar = eligible.get(sender++ % eligible.size());
                }
                Integer by = auxiliar;
                add(at, () -> {
                    RecordSubmission submission = submissions.of(citizen, processCode, folio,
                            by == null ? null : auxiliarIds.get(by).value(), at.minus(Duration.ofMinutes(4)));
                    recordIds.put(r, receiving.receive(submission, by == null ? null : tokens.get(by)).recordId());
                });
                // processed 90 s after reception; the last 335 stay in processing until after the cut-off
                Instant processing = i < processed ? at.plusSeconds(90)
                        : CUTOFF_RECORDS.plus(Duration.ofHours(6)).plusSeconds(10L * (i - processed));
                add(processing, () -> {
                    UUID recordId = recordIds.get(r);
                    if (!intake.takeAlone(new RecordId(recordId))) {
                        throw new IllegalStateException("El ingreso no tomó el registro " + recordId);
                    }
                    // from the history: a duplicate or an inconsistency ended its process already
                    instances.put(r, engine.getHistoryService().createHistoricProcessInstanceQuery()
                            .processDefinitionKey(CitizenRecordProcess.KEY)
                            .processInstanceBusinessKey(recordId.toString()).singleResult().getId());
                });
                if (decidedRecords.contains(i)) {
                    Instant decision = at.plus(Duration.ofMinutes(40));
                    if (!decision.isBefore(CUTOFF_RECORDS)) {
                        throw new IllegalStateException("La decisión del registro " + i + " caería después del corte");
                    }
                    InconsistencyType type = inconsistent.get(i);
                    add(decision, () -> decide(instances.get(r), type));
                }
            }
            // every citizen is in the lista nominal: a compulsa that runs meanwhile (on the demo, every 10 s)
            // finds the valid records valid, so they keep counting and their citizens' later records stay
            // duplicates, as at the seed's cut-off
            putInRoll(inRoll);
            if (miApoyo != MI_APOYO) {
                throw new IllegalStateException("Mi Apoyo: " + miApoyo);
            }
        }
    }

    private static char kindOf(int i, int[] counts) {
        // deals S, R, B in turn over the day's auxiliares, skipping a kind once its count is used up
        int[] left = counts.clone();
        char kind = 'S';
        for (int k = 0; k <= i; k++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                int slot = (k + attempt) % 3;
                if (left[slot] > 0) {
                    left[slot]--;
                    kind = "SRB".charAt(slot);
                    break;
                }
            }
        }
        return kind;
    }

    private void executeJobOf(String processKey, String businessKey) {
        executeJob(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId());
    }

    /**
     * Runs the instance's one waiting job here and now, as the job executor would have. A job the
     * executor had acquired just before it was paused may race this one: the loser retries, and
     * finds the job done.
     */
    private void executeJob(String processInstanceId) {
        for (int attempt = 1; ; attempt++) {
            Job job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (job == null) {
                if (attempt > 1) {
                    return;
                }
                throw new IllegalStateException("No hay trabajo pendiente en la instancia " + processInstanceId);
            }
            try {
                management.executeJob(job.getId());
                return;
            } catch (OptimisticLockingException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    /** A reviewer claims the control-desk task and decides: valid, or the inconsistency. */
    private void decide(String processInstanceId, InconsistencyType inconsistency) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        if (task == null) {
            throw new IllegalStateException("El registro de la instancia " + processInstanceId + " no está en mesa de control");
        }
        tasks.claim(task.getId(), REVIEWER);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CitizenRecordProcess.VAR_DECISION,
                inconsistency == null ? CitizenRecordProcess.DECISION_VALID : inconsistency.name());
        if (inconsistency == InconsistencyType.OTRA) {
            variables.put(CitizenRecordProcess.VAR_INCONSISTENCY_NOTE, "Imagen de la credencial recortada");
        }
        tasks.complete(task.getId(), variables);
    }

    /** The counts' items spread evenly over one list, so each kind appears throughout it. */
    private static <T> List<T> spread(Map<T, Integer> counts) {
        record Item<T>(T value, double key) {
        }
        List<Item<T>> items = new ArrayList<>();
        counts.forEach((value, count) -> {
            for (int k = 0; k < count; k++) {
                items.add(new Item<>(value, (k + 0.5) / count));
            }
        });
        items.sort(Comparator.comparingDouble(Item::key));
        return items.stream().map(Item::value).toList();
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private static Map<LocalDate, Integer> days(Object[][] rows) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        for (Object[] row : rows) {
            days.put(LocalDate.parse((String) row[0]), (Integer) row[1]);
        }
        return days;
    }

    private static Map<LocalDate, int[]> auxiliares(Object[][] rows) {
        Map<LocalDate, int[]> days = new LinkedHashMap<>();
        for (Object[] row : rows) {
            days.put(LocalDate.parse((String) row[0]), new int[] {(Integer) row[1], (Integer) row[2], (Integer) row[3]});
        }
        return days;
    }
}
