package mx.captacion.records;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CitizenRecords extends JpaRepository<CitizenRecord, UUID> {

    Optional<CitizenRecord> findBySubmissionId(UUID submissionId);
}
