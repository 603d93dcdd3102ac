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
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.RecordId;

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
                .orElseThrow(() -> HearingRejection.AUDIENCIA_NO_ABIERTA.problem());
        if (!hearing.isOpenAt(now)) {
            throw HearingRejection.AUDIENCIA_VENCIDA.problem(Cutoffs.toText(hearing.getDeadline()));
        }
        String text = argument == null ? "" : argument.strip();
        if (text.length() < MIN_ARGUMENT) {
            throw HearingRejection.ARGUMENTO_REQUERIDO.problem(MIN_ARGUMENT);
        }
        if (text.length() > MAX_ARGUMENT) {
            throw HearingRejection.ARGUMENTO_MUY_LARGO.problem(MAX_ARGUMENT);
        }
        Set<UUID> ids = recordIds == null ? Set.of() : new LinkedHashSet<>(recordIds);
        if (ids.isEmpty() || ids.contains(null)) {
            throw HearingRejection.SIN_REGISTROS.problem();
        }
        if (ids.size() > MAX_BATCH) {
            throw HearingRejection.DEMASIADOS_REGISTROS.problem(MAX_BATCH);
        }
        List<CitizenRecordView> judged = new ArrayList<>();
        for (UUID id : ids) {
            CitizenRecordView record = records.byId(new RecordId(id))
                    .filter(r -> actor.getId().equals(r.actorId()))
                    .orElseThrow(() -> HearingRejection.NO_ENCONTRADO.problem(id));
            if (contests.findByRecordId(id).isPresent()) {
                throw HearingRejection.REGISTRO_YA_IMPUGNADO.problem(id);
            }
            if (!record.judged()) {
                throw HearingRejection.REGISTRO_NO_DICTAMINADO.problem(id);
            }
            judged.add(record);
        }
        List<HearingContest> written = new ArrayList<>();
        try {
            for (CitizenRecordView record : judged) {
                written.add(contests.saveAndFlush(new HearingContest(hearing.getId(), record.id().value(), actor.getId(),
                        record.status(), record.judgementReason(), text, user, now)));
                runtime.startProcessInstanceByKey(RecordHearingProcess.KEY, record.id().toString(),
                        Map.of(RecordHearingProcess.VAR_RECORD_ID, record.id().toString()));
            }
        } catch (DataIntegrityViolationException raced) {
            // two sessions contested the same record at once: the unique key let one through, the
            // other's whole batch rolls back with the answer it would have had a moment later
            throw HearingRejection.REGISTRO_YA_IMPUGNADO.problemSaying("carrera");
        }
        return written;
    }
}
