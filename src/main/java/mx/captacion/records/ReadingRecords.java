package mx.captacion.records;

import java.util.EnumSet;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.internal.CitizenRecord;
import mx.captacion.records.internal.CitizenRecords;

/** The records other modules may read, as {@link CitizenRecordView}s: by id, by receipt code, an actor's judged ones. */
@Service
@Transactional(readOnly = true)
public class ReadingRecords {

    private final CitizenRecords records;

    ReadingRecords(CitizenRecords records) {
        this.records = records;
    }

    public Optional<CitizenRecordView> byId(RecordId recordId) {
        return records.findById(recordId.value()).map(ReadingRecords::view);
    }

    public Optional<CitizenRecordView> byReceiptCode(ReceiptCode code) {
        return records.findByReceiptCode(code).map(ReadingRecords::view);
    }

    /** An actor's judged records for its garantía de audiencia, the latest judgement first. */
    public Page<CitizenRecordView> judgedOf(Long actorId, Pageable page) {
        return records.findByActorAndStatuses(actorId,
                EnumSet.of(RecordStatus.CON_INCONSISTENCIA, RecordStatus.NO_VALIDO), page).map(ReadingRecords::view);
    }

    /** A process's records in one status (e.g. those still waiting for the compulsa's answer). */
    public long countInProcess(Long processId, RecordStatus status) {
        return records.countInProcess(processId, status);
    }

    /**
     * Whether another actor's valid record of the same citizen in the process was captured later
     * (double affiliation: that one counts); false for an unknown record.
     */
    public boolean outweighedByAnotherActor(RecordId recordId) {
        return records.findById(recordId.value())
                .map(record -> records.validOfOtherActors(record.getProcessId(), record.getClaveElector(),
                                record.getActorId())
                        .stream().anyMatch(other -> other.isLaterCaptureThan(record)))
                .orElse(false);
    }

    private static CitizenRecordView view(CitizenRecord record) {
        return new CitizenRecordView(new RecordId(record.getId()), record.getProcessId(), record.getActorId(), record.fullName(),
                record.getClaveElector(), record.getFechaNacimiento(), record.getStatus(), record.isJudged(),
                record.judgementReason(), record.getInconsistencyType(), record.getReceiptCode(),
                record.getReceivedAt(), record.imageHashes());
    }
}
