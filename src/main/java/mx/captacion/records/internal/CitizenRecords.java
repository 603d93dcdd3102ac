package mx.captacion.records.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import mx.captacion.records.ReceiptCode;
import mx.captacion.records.RecordStatus;

public interface CitizenRecords extends JpaRepository<CitizenRecord, UUID> {

    @Query("select r from CitizenRecord r where r.submissionId = :submissionId")
    Optional<CitizenRecord> findBySubmissionId(UUID submissionId);

    /** An actor's judged records for its garantía de audiencia, the latest judgement first. */
    @Query("select r from CitizenRecord r where r.actorId = :actorId and r.status in :statuses order by r.reviewedAt desc, r.id")
    Page<CitizenRecord> findByActorAndStatuses(Long actorId, Collection<RecordStatus> statuses, Pageable page);

    @Query("select r from CitizenRecord r where r.receiptCode = :code")
    Optional<CitizenRecord> findByReceiptCode(String code);

    default Optional<CitizenRecord> findByReceiptCode(ReceiptCode code) {
        return findByReceiptCode(code.value());
    }

    /**
     * Locks every record of this record's citizen in its process, in id order, and answers one line
     * per record (none for an unknown id). Two answers for the same citizen, even for different actors' records,
     * then apply one after the other, so double affiliation is judged on settled records.
     */
    @Query(value = """
            select clave_elector from captacion.citizen_record
            where process_id = (select process_id from captacion.citizen_record where id = :id)
              and clave_elector = (select clave_elector from captacion.citizen_record where id = :id)
            order by id for update""", nativeQuery = true)
    List<String> lockCitizenInProcess(UUID id);

    /** A process's records in one status (e.g. those still waiting for the compulsa's answer). */
    @Query("select count(r) from CitizenRecord r where r.processId = :processId and r.status = :status")
    long countInProcess(Long processId, RecordStatus status);

    /** The citizen's valid records for the other actors of a process (double affiliation). */
    @Query("""
            select r from CitizenRecord r where r.processId = :processId and r.claveElector = :claveElector
            and r.actorId <> :actorId and r.status = mx.captacion.records.RecordStatus.VALIDO""")
    List<CitizenRecord> validOfOtherActors(Long processId, String claveElector, Long actorId);
}
