package mx.captacion.hearings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.hearings.RecordHearingProcess;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ReadingRecords;

/**
 * An actor contests judged records in its process's hearing, one or many with one argument. A
 * batch is all or nothing: every record is checked before anything is written, and the contests
 * and their {@code record-hearing} instances are written in one transaction, so a refusal names
 * the first record at fault and leaves nothing behind.
 */
@Service
public class ContestingRecords {

    public static final int MIN_ARGUMENT = 20;
    public static final int MAX_ARGUMENT = 2000;
    public static final int MAX_BATCH = 200;

    private final Hearings hearings;
    private final HearingContests contests;
    private final ReadingRecords records;
    private final RuntimeService runtime;
    private final Clock clock;

    ContestingRecords(Hearings hearings, HearingContests contests, ReadingRecords records, RuntimeService runtime,
                      Clock clock) {
        this.hearings = hearings;
        this.contests = contests;
        this.records = records;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public List<HearingContest> contest(PoliticalActor actor, List<UUID> recordIds, String argument, String user) {
        Instant now = clock.instant();
        Hearing hearing = hearings.findByProcessId(actor.getProcess().getId())
                .orElseThrow(() -> new ApiProblem("AUDIENCIA_NO_ABIERTA", 409,
                        "La garantía de audiencia de su proceso todavía no se abre."));
        if (!hearing.isOpenAt(now)) {
            throw new ApiProblem("AUDIENCIA_VENCIDA", 409,
                    "El plazo de la garantía de audiencia venció el " + Cutoffs.toText(hearing.getDeadline()));
        }
        String text = argument == null ? "" : argument.strip();
        if (text.length() < MIN_ARGUMENT) {
            throw new ApiProblem("ARGUMENTO_REQUERIDO", 400,
                    "Escriba el argumento de la impugnación (al menos " + MIN_ARGUMENT + " caracteres).");
        }
        if (text.length() > MAX_ARGUMENT) {
            throw new ApiProblem("ARGUMENTO_MUY_LARGO", 400,
                    "El argumento admite a lo más " + MAX_ARGUMENT + " caracteres.");
        }
        Set<UUID> ids = recordIds == null ? Set.of() : new LinkedHashSet<>(recordIds);
        if (ids.isEmpty() || ids.contains(null)) {
            throw new ApiProblem("SIN_REGISTROS", 400, "Elija al menos un registro para impugnar.");
        }
        if (ids.size() > MAX_BATCH) {
            throw new ApiProblem("DEMASIADOS_REGISTROS", 400,
                    "Se pueden impugnar a lo más " + MAX_BATCH + " registros a la vez.");
        }
        List<CitizenRecordView> judged = new ArrayList<>();
        for (UUID id : ids) {
            CitizenRecordView record = records.byId(id)
                    .filter(r -> actor.getId().equals(r.actorId()))
                    .orElseThrow(() -> new ApiProblem("NO_ENCONTRADO", 404,
                            "No se encontró el registro " + id + " en su organización."));
            if (contests.findByRecordId(id).isPresent()) {
                throw new ApiProblem("REGISTRO_YA_IMPUGNADO", 409, "El registro " + id + " ya fue impugnado.");
            }
            if (!record.judged()) {
                throw new ApiProblem("REGISTRO_NO_DICTAMINADO", 409,
                        "El registro " + id + " no fue declarado inconsistente ni no válido; no hay nada que impugnar.");
            }
            judged.add(record);
        }
        List<HearingContest> written = new ArrayList<>();
        try {
            for (CitizenRecordView record : judged) {
                written.add(contests.saveAndFlush(new HearingContest(hearing.getId(), record.id(), actor.getId(),
                        record.status(), record.judgementReason(), text, user, now)));
                runtime.startProcessInstanceByKey(RecordHearingProcess.KEY, record.id().toString(),
                        Map.of(RecordHearingProcess.VAR_RECORD_ID, record.id().toString()));
            }
        } catch (DataIntegrityViolationException raced) {
            // two sessions contested the same record at once: the unique key let one through, the
            // other's whole batch rolls back with the answer it would have had a moment later
            throw new ApiProblem("REGISTRO_YA_IMPUGNADO", 409, "Uno de los registros ya fue impugnado.");
        }
        return written;
    }
}
