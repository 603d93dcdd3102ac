package mx.captacion.hearings.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Hearings extends JpaRepository<Hearing, Long> {

    Optional<Hearing> findByProcessId(Long processId);
}
