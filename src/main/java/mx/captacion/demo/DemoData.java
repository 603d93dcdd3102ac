package mx.captacion.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.actors.ProcessKind;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.OpeningTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketType;
import mx.captacion.platform.DemoProfile;
import mx.captacion.platform.Roles;
import mx.captacion.platform.Users;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordSubmission;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/**
 * Demo data for the zero-setup run (the {@code demo} profile only): users, a capture process, two
 * actors, their auxiliares and a few dozen records sent through the real reception path, so the
 * control desk has work. Runs once per database; synthetic people only. Every start logs the demo's
 * accounts, since their passwords are public.
 */
@Component
@Profile(DemoProfile.NAME)
class DemoData {

    static final String PROCESS_CODE = "APN-2026-RDP";
    static final String FOLIO = "F230617000000021";
    static final String OTHER_FOLIO = "F261128000000002";
    /** The portal users who act for the two demo actors (password = user id, like every demo user). */
    static final String REPRESENTATIVE = "representante1";
    static final String OTHER_REPRESENTATIVE = "representante2";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administración", "Demo", List.of(Roles.CAMUNDA_ADMIN, Roles.INE_ADMIN, Roles.MESA_CONTROL,
                    Roles.REVISION_AUXILIARES)),
            new DemoUser("revisor", "Revisora", "Demo", List.of(Roles.MESA_CONTROL)),
            // the garantía de audiencia's second reviewer: never the control desk that judged the record
            new DemoUser("audiencia", "Revisión de audiencia", "Demo", List.of(Roles.AUDIENCIA)),
            new DemoUser("analista", "Analista", "Demo", List.of(Roles.INE_ADMIN)),
            // the help desk: the MATO types and answers tickets; soporte técnico takes the escalated ones
            new DemoUser("mato", "Mesa de Atención", "Demo", List.of(Roles.MATO)),
            new DemoUser("soporte", "Soporte técnico", "Demo", List.of(Roles.SOPORTE_TECNICO)),
            // one representative per demo actor, so the portal shows two isolated organizations
            new DemoUser(REPRESENTATIVE, "Representación", "Demo Uno", List.of(Roles.REPRESENTANTE)),
            new DemoUser(OTHER_REPRESENTATIVE, "Representación", "Demo Dos", List.of(Roles.REPRESENTANTE)));

    private final IdentityService identity;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final DemoAuxiliares demoAuxiliares;
    private final ReceivingRecord receiving;
    private final TransactionTemplate transaction;
    private final ElectoralRoll roll;
    private final OpeningTicket tickets;
    private final Clock clock;

    DemoData(IdentityService identity, CaptureProcesses processes, PoliticalActors actors, DemoAuxiliares demoAuxiliares,
             ReceivingRecord receiving, TransactionTemplate transaction, ElectoralRoll roll, OpeningTicket tickets,
             Clock clock) {
        this.identity = identity;
        this.processes = processes;
        this.actors = actors;
        this.demoAuxiliares = demoAuxiliares;
        this.receiving = receiving;
        this.transaction = transaction;
        this.roll = roll;
        this.tickets = tickets;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        USERS.forEach(this::ensureUser);
        log.info("Cuentas de demostración (la contraseña es el mismo usuario): {}",
                USERS.stream().map(DemoUser::id).collect(Collectors.joining(", ")));
        if (processes.findByCode(PROCESS_CODE).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        PoliticalActor[] demoActors = transaction.execute(status -> {
            CaptureProcess process = processes.save(new CaptureProcess(PROCESS_CODE,
                    "Agrupaciones Políticas Nacionales 2026 — Resto del País", ProcessKind.APN_RESTO_DEL_PAIS,
                    LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 31), 5_000, 7));
            PoliticalActor actor = new PoliticalActor(process, new Folio(FOLIO), "Humanismo Mexicano A.C.",
                    "Representación Demo Uno", "representante1@captacion.example", now.minus(Duration.ofDays(30)));
            actor.setRepresentativeUser(REPRESENTATIVE);
            PoliticalActor other = new PoliticalActor(process, new Folio(OTHER_FOLIO),
                    "Agrupación Demostración A.C.", "Representación Demo Dos", "representante2@captacion.example",
                    now.minus(Duration.ofDays(20)));
            other.setRepresentativeUser(OTHER_REPRESENTATIVE);
            actors.save(actor);
            actors.save(other);
            return new PoliticalActor[] {actor, other};
        });
        DemoAuxiliares.Enrolled uno = demoAuxiliares.registered(demoActors[0], "aux1@captacion.example");
        DemoAuxiliares.Enrolled dos = demoAuxiliares.registered(demoActors[0], "aux2@captacion.example");
        demoAuxiliares.givenBaja(demoActors[0], "aux3@captacion.example", BajaCause.CAMBIO_DE_CORREO);
        demoAuxiliares.unregistered(demoActors[0], "aux5@captacion.example");
        DemoAuxiliares.Enrolled cuatro = demoAuxiliares.registered(demoActors[1], "aux4@captacion.example");
        sendRecords(now, uno, dos, cuatro);
        openTickets();
    }

    /**
     * Work for the help desk: a mail from the first actor's representative waiting for its triage, a
     * typed mail waiting for its answer, and a call resolved on the line (seed table 11's channels).
     */
    private void openTickets() {
        tickets.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Representación Demo Uno",
                "representante1@captacion.example", "No se pueden enviar los registros",
                "Desde esta mañana la aplicación dice «sin conexión» al enviar los registros capturados.", FOLIO,
                null, null, List.of(), null, null, "correo"));
        tickets.open(new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, "Representación Demo Dos",
                "representante2@captacion.example", "Alta de auxiliares por archivo",
                "¿Qué columnas lleva el archivo CSV para dar de alta a varios auxiliares?", OTHER_FOLIO, null, null,
                List.of(TicketType.ALTA_AUXILIARES_PORTAL), null, null, "correo"));
        tickets.open(new NewTicket(TicketChannel.TELEFONO, HelpDeskLevel.MATO, "Representación Demo Uno", "5550000001",
                "Auxiliar sin acceso a la aplicación", "Un auxiliar no recibió el correo para entrar a la aplicación.",
                FOLIO, null, null, List.of(TicketType.ACCESO_APP), null,
                "Se verificó el correo del auxiliar y se reenvió la invitación durante la llamada.", "mato"));
    }

    private void sendRecords(Instant now, DemoAuxiliares.Enrolled uno, DemoAuxiliares.Enrolled dos,
                             DemoAuxiliares.Enrolled cuatro) {
        Map<String, String> tokens = Map.of(uno.auxiliarId(), uno.deviceToken(), dos.auxiliarId(), dos.deviceToken(),
                cuatro.auxiliarId(), cuatro.deviceToken());
        SyntheticSubmissions submissions = new SyntheticSubmissions(20261128L, 30_000);
        List<RecordSubmission> batch = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String auxiliar = i % 8 == 7 ? null : (i % 2 == 0 ? uno.auxiliarId() : dos.auxiliarId());
            RecordSubmission submission = submissions.next(PROCESS_CODE, FOLIO, auxiliar,
                    now.minus(Duration.ofHours(2L * (24 - i))));
            batch.add(i == 5 ? SyntheticSubmissions.withVigencia(submission, 2024) : submission);
        }
        // The same citizen twice: the second becomes a duplicate.
        var citizen = submissions.nextCitizen();
        batch.add(submissions.of(citizen, PROCESS_CODE, FOLIO, uno.auxiliarId(), now.minus(Duration.ofHours(3))));
        batch.add(submissions.of(citizen, PROCESS_CODE, FOLIO, dos.auxiliarId(), now.minus(Duration.ofHours(1))));
        for (int i = 0; i < 6; i++) {
            batch.add(submissions.next(PROCESS_CODE, OTHER_FOLIO, cuatro.auxiliarId(), now.minus(Duration.ofHours(i + 1))));
        }
        inRoll(batch);
        batch.forEach(submission -> receiving.receive(submission,
                submission.auxiliarId() == null ? null : tokens.get(submission.auxiliarId())));
        log.info("Datos de demostración: {} registros enviados por la ruta real de recepción", batch.size());
    }

    /**
     * The demo citizens in the lista nominal, so the compulsa has something to say of the records a
     * reviewer marks valid: most are in it, one in twelve died, one in twelve is absent.
     */
    private void inRoll(List<RecordSubmission> batch) {
        for (int i = 0; i < batch.size(); i++) {
            RecordSubmission.Citizen c = batch.get(i).citizen();
            if (i % 12 != 11) {
                roll.put(new RollEntry(c.claveElector(), c.nombre(), c.apellidoPaterno(), c.apellidoMaterno(),
                        c.fechaNacimiento(), c.sexo(), c.entidad(), c.seccion(),
                        i % 12 == 10 ? RegistralStatus.BAJA_POR_DEFUNCION : RegistralStatus.EN_LISTA_NOMINAL));
            }
        }
    }

    private void ensureUser(DemoUser demo) {
        Users.ensure(identity, demo.id(), demo.firstName(), demo.lastName(), demo.id(), demo.groups());
    }
}
