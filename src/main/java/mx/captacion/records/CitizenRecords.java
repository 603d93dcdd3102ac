package mx.captacion.records;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CitizenRecords extends JpaRepository<CitizenRecord, UUID> {

    @Query("select r from CitizenRecord r where r.submissionId = :submissionId")
    Optional<CitizenRecord> findBySubmissionId(UUID submissionId);

    @Query("select r from CitizenRecord r where r.receiptCode = :code")
    Optional<CitizenRecord> findByReceiptCode(String code);

    default Optional<CitizenRecord> findByReceiptCode(ReceiptCode code) {
        return findByReceiptCode(code.value());
    }
}
