package mx.captacion.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.Folio;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.platform.Roles;
import mx.captacion.platform.Users;
import mx.captacion.records.ReceivingRecord;
import mx.captacion.records.RecordSubmission;

/**
 * Demo data for the zero-setup run: users, a capture process, two actors, their auxiliares and a
 * few dozen records sent through the real reception path, so the control desk has work. Runs
 * once per database; synthetic people only.
 */
@Component
@ConditionalOnProperty(name = "captacion.demo.enabled", havingValue = "true")
class DemoData {

    static final String PROCESS_CODE = "APN-2026-RDP";
    static final String FOLIO = "F230617000000021";
    static final String OTHER_FOLIO = "F261128000000002";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administración", "Demo", List.of(Roles.CAMUNDA_ADMIN, Roles.INE_ADMIN, Roles.MESA_CONTROL)),
            new DemoUser("revisor", "Revisora", "Demo", List.of(Roles.MESA_CONTROL)),
            new DemoUser("analista", "Analista", "Demo", List.of(Roles.INE_ADMIN)));

    private final IdentityService identity;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final Auxiliares auxiliares;
    private final ReceivingRecord receiving;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(IdentityService identity, CaptureProcesses processes, PoliticalActors actors, Auxiliares auxiliares,
             ReceivingRecord receiving, TransactionTemplate transaction, Clock clock) {
        this.identity = identity;
        this.processes = processes;
        this.actors = actors;
        this.auxiliares = auxiliares;
        this.receiving = receiving;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        USERS.forEach(this::ensureUser);
        if (processes.findByCode(PROCESS_CODE).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            CaptureProcess process = processes.save(new CaptureProcess(PROCESS_CODE,
                    "Agrupaciones Políticas Nacionales 2026 — Resto del País",
                    LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 31)));
            PoliticalActor actor = actors.save(new PoliticalActor(process, new Folio(FOLIO), "Humanismo Mexicano A.C.",
                    "Representación Demo Uno", "representante1@captacion.example", now.minus(Duration.ofDays(30))));
            PoliticalActor other = actors.save(new PoliticalActor(process, new Folio(OTHER_FOLIO),
                    "Agrupación Demostración A.C.", "Representación Demo Dos", "representante2@captacion.example",
                    now.minus(Duration.ofDays(20))));
            auxiliares.save(new Auxiliar("AUX-0000001", actor.getId(), "Auxiliar Demo Uno", "aux1@captacion.example",
                    AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP, now.minus(Duration.ofDays(25))));
            auxiliares.save(new Auxiliar("AUX-0000002", actor.getId(), "Auxiliar Demo Dos", "aux2@captacion.example",
                    AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP, now.minus(Duration.ofDays(25))));
            auxiliares.save(new Auxiliar("AUX-0000003", actor.getId(), "Auxiliar Demo Tres", "aux3@captacion.example",
                    AuxiliarStatus.BAJA, now.minus(Duration.ofDays(24))));
            auxiliares.save(new Auxiliar("AUX-0000004", other.getId(), "Auxiliar Demo Cuatro", "aux4@captacion.example",
                    AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP, now.minus(Duration.ofDays(15))));
        });
        sendRecords(now);
    }

    private void sendRecords(Instant now) {
        SyntheticSubmissions submissions = new SyntheticSubmissions(20261128L, 30_000);
        List<RecordSubmission> batch = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String auxiliar = i % 8 == 7 ? null : (i % 2 == 0 ? "AUX-0000001" : "AUX-0000002");
            RecordSubmission submission = submissions.next(PROCESS_CODE, FOLIO, auxiliar,
                    now.minus(Duration.ofHours(2L * (24 - i))));
            batch.add(i == 5 ? SyntheticSubmissions.withVigencia(submission, 2024) : submission);
        }
        // The same citizen twice: the second becomes a duplicate.
        var citizen = submissions.nextCitizen();
        batch.add(submissions.of(citizen, PROCESS_CODE, FOLIO, "AUX-0000001", now.minus(Duration.ofHours(3))));
        batch.add(submissions.of(citizen, PROCESS_CODE, FOLIO, "AUX-0000002", now.minus(Duration.ofHours(1))));
        for (int i = 0; i < 6; i++) {
            batch.add(submissions.next(PROCESS_CODE, OTHER_FOLIO, "AUX-0000004", now.minus(Duration.ofHours(i + 1))));
        }
        batch.forEach(receiving::receive);
        log.info("Datos de demostración: {} registros enviados por la ruta real de recepción", batch.size());
    }

    private void ensureUser(DemoUser demo) {
        Users.ensure(identity, demo.id(), demo.firstName(), demo.lastName(), demo.id(), demo.groups());
    }
}
