package mx.captacion.actors;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaptureProcesses extends JpaRepository<CaptureProcess, Long> {

    // JPQL, not a derived query: Hibernate caches its translation (reception calls this per record)
    @Query("select p from CaptureProcess p where p.code = :code")
    Optional<CaptureProcess> findByCode(String code);

    List<CaptureProcess> findAllByOrderByPeriodStartDescCodeAsc();
}
