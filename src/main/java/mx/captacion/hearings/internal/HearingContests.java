package mx.captacion.hearings.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HearingContests extends JpaRepository<HearingContest, Long> {

    Optional<HearingContest> findByRecordId(UUID recordId);

    List<HearingContest> findByRecordIdIn(Collection<UUID> recordIds);

    List<HearingContest> findByActorIdOrderByContestedAtDescIdDesc(Long actorId);
}
