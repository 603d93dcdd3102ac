package mx.captacion.records;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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
}
