package mx.captacion.actors;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaptureProcesses extends JpaRepository<CaptureProcess, Long> {

    Optional<CaptureProcess> findByCode(String code);
}
