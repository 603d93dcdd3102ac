package mx.captacion.auxiliares;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Auxiliares extends JpaRepository<Auxiliar, Long> {

    Optional<Auxiliar> findByAuxiliarId(String auxiliarId);
}
